package io.ledgerlens.adapter.web.recording;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.ledgerlens.adapter.web.json.LedgerLensJson;
import io.ledgerlens.application.port.in.FieldProblem;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads the JSON of one event, as the API receives it and as an import file
 * holds it line by line: strict (an unknown field is a mistake worth telling),
 * exact (decimals as {@code BigDecimal}), and never quoting class names back.
 */
public final class EventInputParser {

    private final ObjectMapper json = LedgerLensJson.objectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The event read, or the one problem that kept it from being read. */
    public record Parsed(EventInput input, FieldProblem problem) {
    }

    public Parsed parse(byte[] body) {
        try {
            return new Parsed(json.readValue(body, EventInput.class), null);
        } catch (UnrecognizedPropertyException unknown) {
            return new Parsed(null, new FieldProblem(pathOf(unknown), FieldProblem.UNKNOWN, "no such field"));
        } catch (JsonMappingException unreadable) {
            return new Parsed(null, unreadable.getPath().isEmpty()
                    ? notOneObject()
                    : new FieldProblem(pathOf(unreadable), FieldProblem.INVALID, "not a valid value for this field"));
        } catch (IOException | RuntimeException notJson) {
            return new Parsed(null, notOneObject());
        }
    }

    /** The JSON of an event, on one line: what an import file holds. */
    public String write(EventInput input) {
        try {
            return json.writeValueAsString(input);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static FieldProblem notOneObject() {
        return new FieldProblem("", FieldProblem.INVALID, "the body must be one JSON object");
    }

    /** {@code bill.lineItems[0].qty} from Jackson's reference path. */
    private static String pathOf(JsonMappingException failure) {
        return failure.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}

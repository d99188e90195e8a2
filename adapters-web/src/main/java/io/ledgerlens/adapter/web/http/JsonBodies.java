package io.ledgerlens.adapter.web.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the JSON body of a write: strict (an unknown field is a mistake worth
 * telling, {@code "12"} is not a number, {@code 1.5} is not an id, {@code 1}
 * is not {@code true}), exact (decimals as {@code BigDecimal}), and never
 * quoting class names back.
 */
public final class JsonBodies {

    private final ObjectMapper json = strict(LedgerLensJson.objectMapper());

    /** What was read, or the one problem that kept it from being read. */
    public sealed interface Parsed<T> {

        /**
         * One function per case: a new case fails to compile where bodies are read.
         *
         * @param <R> what both cases become
         * @param unreadable what to make of the problem, if the body could not be read
         * @param read what to make of the body read
         * @return what the function of this case returned
         */
        <R> R fold(Function<FieldProblem, R> unreadable, Function<T, R> read);

        /**
         * The body, read into its type; never {@code null} (a body of {@code null} is not one object).
         *
         * @param <T> the body's type
         * @param value the body read
         */
        record Read<T>(T value) implements Parsed<T> {
            /**
             * Refuses {@code null}: a body of JSON {@code null} is {@link Unreadable}.
             *
             * @param value the body read
             */
            public Read {
                Objects.requireNonNull(value, "value");
            }

            @Override
            public <R> R fold(Function<FieldProblem, R> unreadable, Function<T, R> read) {
                return read.apply(value);
            }
        }

        /**
         * The one problem that kept the body from being read.
         *
         * @param <T> the type the body was to be read into
         * @param problem the problem, at the field that could not be read ({@code ""} for the body itself)
         */
        record Unreadable<T>(FieldProblem problem) implements Parsed<T> {
            /**
             * Refuses {@code null}: an unreadable body always says why.
             *
             * @param problem why the body could not be read, at its field path
             */
            public Unreadable {
                Objects.requireNonNull(problem, "problem");
            }

            @Override
            public <R> R fold(Function<FieldProblem, R> unreadable, Function<T, R> read) {
                return unreadable.apply(problem);
            }
        }
    }

    /**
     * Reads {@code body} as a {@code type}; a body of JSON {@code null} is read as nothing, a problem at the top
     * saying {@code whatIsRequired}.
     *
     * @param <T> the body's type
     * @param body the request's body, as sent
     * @param type the record to read it into
     * @param whatIsRequired the message of the problem for a body of JSON {@code null}
     * @return the body read, or the one problem: an unknown field ({@code UNKNOWN}), a field of the wrong type, or
     *         no JSON object at all ({@code INVALID})
     */
    public <T> Parsed<T> parse(byte[] body, Class<T> type, String whatIsRequired) {
        try {
            var value = json.readValue(body, type);
            return value == null
                    ? new Parsed.Unreadable<>(new FieldProblem("", FieldProblem.REQUIRED, whatIsRequired))
                    : new Parsed.Read<>(value);
        } catch (UnrecognizedPropertyException unknown) {
            return new Parsed.Unreadable<>(new FieldProblem(pathOf(unknown), FieldProblem.UNKNOWN, "no such field"));
        } catch (JsonMappingException unreadable) {
            return new Parsed.Unreadable<>(unreadable.getPath().isEmpty()
                    ? notOneObject()
                    : new FieldProblem(pathOf(unreadable), FieldProblem.INVALID, "not a valid value for this field"));
        } catch (IOException | RuntimeException notJson) {
            return new Parsed.Unreadable<>(notOneObject());
        }
    }

    /**
     * {@code value} as JSON on one line, as the bodies are read.
     *
     * @param value a record of the wire
     * @return its JSON
     */
    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
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

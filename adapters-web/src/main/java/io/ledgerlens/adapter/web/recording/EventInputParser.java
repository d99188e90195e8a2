package io.ledgerlens.adapter.web.recording;

import io.ledgerlens.adapter.web.write.JsonBodies;
import io.ledgerlens.application.port.in.FieldProblem;

/**
 * Reads the JSON of one event, as the API receives it and as an import file
 * holds it line by line, as strictly as every write body ({@link JsonBodies}).
 */
public final class EventInputParser {

    private final JsonBodies json = new JsonBodies();

    /** The event read, or the one problem that kept it from being read. */
    public record Parsed(EventInput input, FieldProblem problem) {
    }

    public Parsed parse(byte[] body) {
        var parsed = json.parse(body, EventInput.class);
        return new Parsed(parsed.value(), parsed.problem());
    }

    /** The JSON of an event, on one line: what an import file holds. */
    public String write(EventInput input) {
        return json.write(input);
    }
}

package io.ledgerlens.adapter.web.recording;

import io.ledgerlens.adapter.web.http.JsonBodies;

/**
 * Reads the JSON of one event, as the API receives it and as an import file
 * holds it line by line, as strictly as every write body ({@link JsonBodies}).
 */
public final class EventInputParser {

    private final JsonBodies json = new JsonBodies();

    /**
     * The event read, or the one problem that kept it from being read.
     *
     * @param body the event's JSON: a request's body or a line of an import file
     * @return the event as parsed, not yet checked, or the problem
     */
    public JsonBodies.Parsed<EventInput> parse(byte[] body) {
        return json.parse(body, EventInput.class, "a JSON object describing the event is required");
    }

    /**
     * The JSON of an event, on one line: what an import file holds.
     *
     * @param input an event's body, as {@link EventInputWriter} makes it from a recorded event
     * @return its JSON, as {@link #parse} reads it back
     */
    public String write(EventInput input) {
        return json.write(input);
    }
}

package io.ledgerlens.adapter.web.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every JSON answer goes out the same way: the contract's content type, never cached.
 *
 * <p>The answer is written by Jackson straight into the response's output stream. Through {@code ctx.json} it was
 * first a {@code String}, then its UTF-8 bytes, then copied into the response through a 32 KB buffer Javalin allocates
 * for every request: together about a fifth of what an explode allocated. Jackson neither flushes nor closes the
 * stream here, so Jetty still holds the whole answer when Javalin closes it and sends its length, as before
 * (an answer larger than Jetty's 32 KB output buffer goes out in chunks, as it did).
 */
public final class JsonResponses {

    /** The content type of every JSON answer, charset included. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /** The API's JSON configuration, writing into a stream it leaves open and unflushed for Javalin to close. */
    private static final ObjectWriter WRITER = LedgerLensJson.objectMapper().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private static final Logger LOG = LoggerFactory.getLogger(JsonResponses.class);

    private JsonResponses() {
    }

    /** Marks a request whose handler answered, so that Javalin's status-wide error handlers leave its answer alone. */
    private static final String ANSWERED = "ledgerlens.answered";

    /**
     * Answers {@code body} as JSON with {@code status}, marked answered. A request is answered once: its answer is
     * already in the response when a second comes (a failure's envelope after its handler answered, the failure
     * logged where it is caught), so the second is dropped rather than written after it.
     *
     * @param ctx the request to answer
     * @param status the answer's status
     * @param body a record of the wire, written by the service's JSON mapper
     * @throws UncheckedIOException if the answer could not be written (the client went away)
     */
    public static void send(Context ctx, HttpStatus status, Object body) {
        if (answered(ctx)) {
            LOG.warn("{} {}: a second answer ({}) was dropped; the first stands", ctx.method(), ctx.path(), status.getCode());
            return;
        }
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).contentType(CONTENT_TYPE).header("Cache-Control", "no-store");
        try {
            WRITER.writeValue(ctx.outputStream(), body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Whether a handler answered this request through {@link #send}.
     *
     * @param ctx the request
     * @return {@code true} if its handler answered it, so an error handler must leave it alone
     */
    public static boolean answered(Context ctx) {
        return ctx.attribute(ANSWERED) != null;
    }
}

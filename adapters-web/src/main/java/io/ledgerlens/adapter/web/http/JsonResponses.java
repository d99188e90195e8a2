package io.ledgerlens.adapter.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every JSON answer goes out the same way: the contract's content type, never cached.
 *
 * <p>The answer is written whole into Jackson's recycled buffer, then its bytes straight into the response's output
 * stream. Through {@code ctx.json} it was a {@code String}, then its UTF-8 bytes, then copied into the response
 * through a 32 KB buffer Javalin allocates for every request: together a quarter of what an explode allocated. Whole
 * first, so that a body Jackson cannot write fails before any of it is in the response, as with {@code ctx.json}.
 * Javalin still closes the stream, so Jetty sends the answer's length as before (an answer larger than its 32 KB
 * output buffer goes out in chunks, as it did) and compresses for a client that asks, as before.
 */
public final class JsonResponses {

    /** The content type of every JSON answer, charset included. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    /** The API's JSON configuration. */
    private static final ObjectWriter WRITER = LedgerLensJson.objectMapper().writer();

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
     * @throws IllegalStateException if Jackson cannot write {@code body}: nothing of it was answered
     */
    public static void send(Context ctx, HttpStatus status, Object body) {
        if (answered(ctx)) {
            LOG.warn("{} {}: a second answer ({}) was dropped; the first stands", ctx.method(), ctx.path(), status.getCode());
            return;
        }
        byte[] json;
        try {
            json = WRITER.writeValueAsBytes(body);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("the answer could not be written as JSON", unwritable);
        }
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).contentType(CONTENT_TYPE).header("Cache-Control", "no-store");
        try {
            ctx.outputStream().write(json);
        } catch (IOException clientGone) {
            // Only an answer larger than Jetty's buffer reaches the socket here: its client left while it was sent.
            // Nothing is left to tell it, and nothing failed on the service's side.
            LOG.debug("{} {}: the client left while its answer was sent", ctx.method(), ctx.path(), clientGone);
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

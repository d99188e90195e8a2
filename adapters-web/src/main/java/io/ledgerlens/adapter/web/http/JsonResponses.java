package io.ledgerlens.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Every JSON answer goes out the same way: the contract's content type, never cached. */
public final class JsonResponses {

    /** The content type of every JSON answer, charset included. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private JsonResponses() {
    }

    /** Marks a request whose handler answered, so that Javalin's status-wide error handlers leave its answer alone. */
    private static final String ANSWERED = "ledgerlens.answered";

    /**
     * Answers {@code body} as JSON with {@code status}, marked answered.
     *
     * @param ctx the request to answer
     * @param status the answer's status
     * @param body a record of the wire, written by the service's JSON mapper
     */
    public static void send(Context ctx, HttpStatus status, Object body) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).json(body).contentType(CONTENT_TYPE).header("Cache-Control", "no-store");
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

package io.ledgerlens.adapter.web.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Every JSON answer goes out the same way: the contract's content type, never cached. */
public final class JsonResponses {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private JsonResponses() {
    }

    public static void send(Context ctx, HttpStatus status, Object body) {
        ctx.status(status).json(body).contentType(CONTENT_TYPE).header("Cache-Control", "no-store");
    }
}

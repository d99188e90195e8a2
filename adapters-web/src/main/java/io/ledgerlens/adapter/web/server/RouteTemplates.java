package io.ledgerlens.adapter.web.server;

import io.javalin.http.Context;

/**
 * The route a request matched, as registered ({@code /v1/orgs/{orgId}/customers/{customerId}}), never the path it
 * asked for: a metric labelled by path would grow a series per customer, and a path can carry what identifies one.
 */
final class RouteTemplates {

    /** Requests that matched no route (404, 405), under one label. */
    static final String UNMATCHED = "UNMATCHED";

    private RouteTemplates() {
    }

    static String of(Context ctx) {
        var endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? UNMATCHED : endpoint.path;
    }
}

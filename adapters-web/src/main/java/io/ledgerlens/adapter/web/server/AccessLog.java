package io.ledgerlens.adapter.web.server;

import io.javalin.http.Context;
import io.ledgerlens.adapter.web.access.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the logger {@code ledgerlens.access}: method, route template, status, duration, the
 * caller's org and credential id when it signed in, and the request id. Never the path's values, the query, a
 * header's secret or a body: the route template names the route, and the request id finds the rest in the
 * service's own lines.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("ledgerlens.access");

    /** Logs a request answered on {@code route}, its route template. */
    void log(Context ctx, String route, float milliseconds) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        var caller = Callers.signedIn(ctx);
        var method = ctx.method().name();
        var durationMs = Math.round(milliseconds * 10) / 10.0;
        var line = LOG.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("route", route)
                .addKeyValue("status", ctx.statusCode())
                .addKeyValue("durationMs", durationMs)
                .addKeyValue(RequestIds.LOG_KEY, RequestIds.of(ctx));
        if (caller.isPresent()) {
            line = line.addKeyValue("org", caller.get().org().value())
                    .addKeyValue("credentialId", caller.get().credential().value());
        }
        line.log("{} {} {} {} ms", method, route, ctx.statusCode(), durationMs);
    }
}

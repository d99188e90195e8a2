package io.ledgerlens.adapter.web.server;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a plain token (letters, digits,
 * {@code . _ : -}, at most 128), else one made here. It is echoed in the answer and put in the logging context,
 * so that every log line written while the request runs names it; a proxy's id thus follows the request through.
 */
public final class RequestIds {

    /** The header a request's id arrives in and is echoed in. */
    public static final String HEADER = "X-Request-Id";
    /** The logging context's key (MDC), and the field in a JSON log line. */
    public static final String LOG_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String ATTRIBUTE = "ledgerlens.requestId";

    private RequestIds() {
    }

    /**
     * Before every handler: takes or makes the id, echoes it and opens the logging context.
     *
     * @param ctx the request, before any handler runs
     */
    public static void assign(Context ctx) {
        var offered = ctx.header(HEADER);
        var id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(LOG_KEY, id);
    }

    /** After the request was logged: the thread serves other requests next. */
    public static void release() {
        MDC.remove(LOG_KEY);
    }

    /**
     * The id of {@code ctx}'s request, for the access log.
     *
     * @param ctx a request
     * @return its id; {@code -} if none was assigned
     */
    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id != null ? id : "-";
    }
}

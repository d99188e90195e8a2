package io.ledgerlens.adapter.web.access;

import io.javalin.http.Context;
import io.ledgerlens.domain.access.Caller;
import java.util.Optional;

/** The authenticated caller of a request, as the access guard admitted it. */
public final class Callers {

    private static final String CALLER = "ledgerlens.caller";

    private Callers() {
    }

    static void admit(Context ctx, Caller caller) {
        ctx.attribute(CALLER, caller);
    }

    /**
     * The caller the guard admitted, if the request got that far: for the access log, which sees every request.
     *
     * @param ctx any request, guarded or not
     * @return the admitted caller; empty for a public route or a refused request
     */
    public static Optional<Caller> signedIn(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CALLER));
    }

    /**
     * The caller the guard admitted; a route reached without the guard is a programming error, not a guest.
     *
     * @param ctx a request behind the access guard
     * @return the admitted caller, whose org the route acts for
     * @throws IllegalStateException if the route is not behind the guard
     */
    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("route " + ctx.path() + " is not behind the access guard");
        }
        return caller;
    }
}

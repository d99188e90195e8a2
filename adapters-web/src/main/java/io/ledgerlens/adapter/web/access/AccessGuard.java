package io.ledgerlens.adapter.web.access;

import io.javalin.http.Handler;
import io.ledgerlens.adapter.web.http.ProblemResponses;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.explode.Problem;
import java.util.List;

/**
 * Stands in front of every route but the public ones: who is calling (401, or
 * 401 with code 498 for an expired token; 429 with {@code Retry-After} for a
 * name out of failed sign-ins, or when its secret cannot be checked now), may
 * it (403, code 4000), has it called too often (429 with {@code Retry-After});
 * only then the route runs, with the caller at hand through {@link Callers#of}.
 */
public final class AccessGuard {

    private final Authenticator authenticator;
    private final RateLimits limits;
    private final FailedSignIns failedSignIns;

    AccessGuard(Authenticator authenticator, RateLimits limits, FailedSignIns failedSignIns) {
        this.authenticator = authenticator;
        this.limits = limits;
        this.failedSignIns = failedSignIns;
    }

    /**
     * {@code route} behind the guard: it runs only for a signed-in caller who holds {@code right} and is within
     * the credential's rate; every other request is answered here (401, 403, 429 or 503).
     *
     * @param right the right the route needs
     * @param route the route's handler
     * @return the guarded handler
     */
    public Handler requires(AccessRight right, Handler route) {
        return ctx -> authenticator.authenticate(ctx).<Handler>fold(
                caller -> admitted(caller, right, route),
                () -> AccessResponses::unauthorized,
                expiredAt -> refused -> AccessResponses.expired(refused, expiredAt),
                () -> refused -> ProblemResponses.refuse(refused, List.of(Problem.ledgerUnavailable())),
                wait -> refused -> AccessResponses.tooManyFailedSignIns(refused, wait, failedSignIns.allowance()),
                wait -> refused -> AccessResponses.busy(refused, wait))
                .handle(ctx);
    }

    private Handler admitted(Caller caller, AccessRight right, Handler route) {
        return ctx -> {
            if (!caller.may(right)) {
                AccessResponses.forbidden(ctx);
                return;
            }
            var wait = limits.waitBeforeNext(caller.credential());
            if (wait.isPresent()) {
                AccessResponses.tooManyRequests(ctx, wait.getAsLong(), limits);
                return;
            }
            Callers.admit(ctx, caller);
            route.handle(ctx);
        };
    }
}

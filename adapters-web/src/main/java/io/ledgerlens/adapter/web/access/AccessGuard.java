package io.ledgerlens.adapter.web.access;

import io.javalin.http.Handler;
import io.ledgerlens.adapter.web.error.ProblemResponses;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.explode.Problem;
import java.util.List;

/**
 * Stands in front of every route but the public ones: who is calling (401, or
 * 401 with code 498 for an expired token), may it (403, code 4000), has it
 * called too often (429 with {@code Retry-After}); only then the route runs,
 * with the caller at hand through {@link Callers#of}.
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

    public Handler requires(AccessRight right, Handler route) {
        return ctx -> {
            if (failedSignIns.refused(ctx)) {
                return;
            }
            var passage = authenticator.authenticate(ctx);
            if (passage instanceof Passage.Expired expired) {
                AccessResponses.expired(ctx, expired.at());
            } else if (passage instanceof Passage.Unavailable) {
                ProblemResponses.refuse(ctx, List.of(Problem.ledgerUnavailable()));
            } else if (passage instanceof Passage.Admitted admitted) {
                var caller = admitted.caller();
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
            } else {
                failedSignIns.count(ctx);
                AccessResponses.unauthorized(ctx);
            }
        };
    }
}

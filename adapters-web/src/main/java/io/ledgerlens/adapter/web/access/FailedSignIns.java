package io.ledgerlens.adapter.web.access;

import io.javalin.http.Context;

/**
 * Failed sign-ins counted per client address. Each costs a full Argon2id
 * check, so an address that keeps failing is turned away with 429 before any
 * hashing, until its allowance refills: this caps both password guessing and
 * the CPU a stranger can burn. Tills behind one address share its allowance.
 */
final class FailedSignIns {

    private final RateLimits allowance;

    FailedSignIns(RateLimits allowance) {
        this.allowance = allowance;
    }

    /** Answers 429 and returns {@code true} when {@code ctx}'s address has no failures left to spend. */
    boolean refused(Context ctx) {
        var wait = allowance.waitIfExhausted(ctx.ip());
        if (wait.isEmpty()) {
            return false;
        }
        AccessResponses.tooManyFailedSignIns(ctx, wait.getAsLong(), allowance);
        return true;
    }

    void count(Context ctx) {
        allowance.waitBeforeNext(ctx.ip());
    }
}

package io.ledgerlens.adapter.web.access;

import io.ledgerlens.application.port.in.access.AuthenticationOutcome;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Failed sign-ins counted per presented name and client address
 * ({@link SignInKey}). A name that keeps failing from one address is turned
 * away with 429 before any check, until its allowance refills: this caps
 * password guessing, and since each guess at a secret costs a full Argon2id
 * check, the CPU a stranger can burn on one name. Other names, and the same
 * name from other addresses, are not touched.
 */
final class FailedSignIns {

    private final RateLimits allowance;

    FailedSignIns(RateLimits allowance) {
        this.allowance = allowance;
    }

    /**
     * Runs {@code check} unless {@code key} has no failures left. The failure is counted before the check
     * starts and given back unless the check refused the credential, so guesses sent all at once are counted
     * as they arrive, not as their checks end: no more than the allowance of them is ever checked.
     */
    SignInAttempt attempt(SignInKey key, Supplier<AuthenticationOutcome> check) {
        var wait = allowance.waitBeforeNext(key);
        if (wait.isPresent()) {
            return new SignInAttempt.TurnedAway(wait.getAsLong());
        }
        var outcome = check.get();
        if (outcome.fold(caller -> true, () -> false, () -> true, retryAfter -> true)) {
            allowance.giveBack(key);
        }
        return new SignInAttempt.Checked(outcome);
    }

    /** Empty while {@code key} has failures left, counting nothing; else the seconds it must wait. */
    OptionalLong waitBefore(SignInKey key) {
        return allowance.waitIfExhausted(key);
    }

    /** Counts a failure that was found without a costly check (a bad, expired or revoked token). */
    void count(SignInKey key) {
        allowance.waitBeforeNext(key);
    }

    RateLimits allowance() {
        return allowance;
    }
}

package io.ledgerlens.application.port.in.access;

import io.ledgerlens.domain.access.Caller;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/** Whether a presented credential lets its holder in. */
public sealed interface AuthenticationOutcome {

    /**
     * The credential is active and the secret matches: the holder acts as {@code caller}.
     *
     * @param caller who is in: the credential's org and rights
     */
    record Authenticated(Caller caller) implements AuthenticationOutcome {
        /**
         * Refuses a missing caller.
         *
         * @param caller who is in: the credential's org and rights
         */
        public Authenticated {
            Objects.requireNonNull(caller, "caller");
        }
    }

    /** Unknown, revoked, or the secret does not match: deliberately one answer for all three. */
    record Refused() implements AuthenticationOutcome {
    }

    /** The credential store could not answer; the holder may be fine, try again. */
    record Unavailable() implements AuthenticationOutcome {
    }

    /**
     * Too many secrets are being checked at once to check this one now.
     *
     * @param retryAfter how long the holder should wait before presenting it again
     */
    record Busy(Duration retryAfter) implements AuthenticationOutcome {
        /**
         * Refuses a missing wait.
         *
         * @param retryAfter how long the holder should wait before presenting it again
         */
        public Busy {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * Gives the one function that fits this outcome what it carries.
     *
     * @param <R>             what every case is turned into
     * @param onAuthenticated applied to the caller who is in
     * @param onRefused       called when the credential does not let its holder in
     * @param onUnavailable   called when the credential store could not answer
     * @param onBusy          applied to how long to wait when too many secrets are being checked
     * @return what the matching function gave
     */
    default <R> R fold(Function<Caller, R> onAuthenticated, Supplier<R> onRefused, Supplier<R> onUnavailable,
                       Function<Duration, R> onBusy) {
        if (this instanceof Authenticated authenticated) {
            return onAuthenticated.apply(authenticated.caller());
        }
        if (this instanceof Refused) {
            return onRefused.get();
        }
        if (this instanceof Unavailable) {
            return onUnavailable.get();
        }
        return onBusy.apply(((Busy) this).retryAfter());
    }
}

package io.ledgerlens.application.port.in.access;

import io.ledgerlens.domain.access.Caller;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/** Whether a presented credential lets its holder in. */
public sealed interface AuthenticationOutcome {

    record Authenticated(Caller caller) implements AuthenticationOutcome {
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

    /** Too many secrets are being checked at once to check this one now; try again after {@code retryAfter}. */
    record Busy(Duration retryAfter) implements AuthenticationOutcome {
        public Busy {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

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

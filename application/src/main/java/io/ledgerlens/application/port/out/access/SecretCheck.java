package io.ledgerlens.application.port.out.access;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/** What checking a presented secret against a stored hash came to. */
public sealed interface SecretCheck {

    /** The secret is the one the hash was made of. */
    record Matched() implements SecretCheck {
    }

    /** It is not. */
    record Mismatched() implements SecretCheck {
    }

    /**
     * No check was made: as many as the hashing may run at once were running, and none ended within a
     * short wait. The caller may be fine; it should try again after {@code retryAfter}.
     */
    record Busy(Duration retryAfter) implements SecretCheck {
        public Busy {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    default <R> R fold(Supplier<R> onMatched, Supplier<R> onMismatched, Function<Duration, R> onBusy) {
        if (this instanceof Matched) {
            return onMatched.get();
        }
        if (this instanceof Mismatched) {
            return onMismatched.get();
        }
        return onBusy.apply(((Busy) this).retryAfter());
    }
}

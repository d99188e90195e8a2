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
     *
     * @param retryAfter how long to wait before presenting the secret again
     */
    record Busy(Duration retryAfter) implements SecretCheck {
        /**
         * Refuses a missing wait.
         *
         * @param retryAfter how long to wait before presenting the secret again
         */
        public Busy {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * Gives the one function that fits this check what it carries.
     *
     * @param <R>          what every case is turned into
     * @param onMatched    called when the secret matches
     * @param onMismatched called when it does not
     * @param onBusy       applied to how long to wait when no check was made
     * @return what the matching function gave
     */
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

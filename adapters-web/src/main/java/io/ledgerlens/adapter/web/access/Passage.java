package io.ledgerlens.adapter.web.access;

import io.ledgerlens.domain.access.Caller;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/** Whether the credential a request presents lets it in. */
sealed interface Passage {

    record Admitted(Caller caller) implements Passage {
    }

    /** No credential, an unreadable one, a wrong secret, a bad token, a revoked credential. */
    record Unauthorized() implements Passage {
    }

    /** A token of ours that expired at {@code at}. */
    record Expired(Instant at) implements Passage {
    }

    /** The credential store could not answer. */
    record Unavailable() implements Passage {
    }

    /** Its name (or token) has no failed sign-ins left at its address: turned away unchecked. */
    record TurnedAway(long retryAfterSeconds) implements Passage {
    }

    /** Its secret could not be checked now: too many checks were running. */
    record Busy(long retryAfterSeconds) implements Passage {
    }

    default <R> R fold(Function<Caller, R> onAdmitted, Supplier<R> onUnauthorized, Function<Instant, R> onExpired,
                       Supplier<R> onUnavailable, LongFunction<R> onTurnedAway, LongFunction<R> onBusy) {
        if (this instanceof Admitted admitted) {
            return onAdmitted.apply(admitted.caller());
        }
        if (this instanceof Unauthorized) {
            return onUnauthorized.get();
        }
        if (this instanceof Expired expired) {
            return onExpired.apply(expired.at());
        }
        if (this instanceof Unavailable) {
            return onUnavailable.get();
        }
        if (this instanceof TurnedAway turnedAway) {
            return onTurnedAway.apply(turnedAway.retryAfterSeconds());
        }
        return onBusy.apply(((Busy) this).retryAfterSeconds());
    }
}

package io.ledgerlens.adapter.web.access;

import io.ledgerlens.application.port.in.access.AuthenticationOutcome;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;

/** What a sign-in came to: turned away unchecked, its name having no failures left at its address; or checked. */
sealed interface SignInAttempt {

    record TurnedAway(long retryAfterSeconds) implements SignInAttempt {
    }

    record Checked(AuthenticationOutcome outcome) implements SignInAttempt {
        public Checked {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    default <R> R fold(LongFunction<R> onTurnedAway, Function<AuthenticationOutcome, R> onChecked) {
        if (this instanceof Checked checked) {
            return onChecked.apply(checked.outcome());
        }
        return onTurnedAway.apply(((TurnedAway) this).retryAfterSeconds());
    }
}

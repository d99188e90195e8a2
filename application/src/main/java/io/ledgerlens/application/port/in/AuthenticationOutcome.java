package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.access.Caller;
import java.util.Objects;

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
}

package io.ledgerlens.adapter.web.access;

import io.ledgerlens.domain.access.Caller;
import java.time.Instant;

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
}

package io.ledgerlens.application.port.in.recording;

import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** What recomputing an org's ledger chain found. */
public sealed interface ChainVerdict {

    default <R> R fold(Function<Intact, R> intact, Function<Broken, R> broken) {
        return this instanceof Intact whole ? intact.apply(whole) : broken.apply((Broken) this);
    }

    /**
     * Every link follows the one before and every event says what it said when it was appended. {@code head} is
     * the last link (none for a chain not begun); {@code beforeTheChain} counts the events recorded before the
     * ledger kept a chain, which it does not cover.
     */
    record Intact(OrgId org, long events, Optional<ChainLink> head, long beforeTheChain) implements ChainVerdict {
        public Intact {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(head, "head");
        }
    }

    /**
     * The first place the chain does not hold: at {@code position} (0 when it is no one link's), naming
     * {@code event} where there is one, and {@code why}; the {@code checked} links before it held.
     */
    record Broken(OrgId org, long position, Optional<EventLogId> event, String why, long checked) implements ChainVerdict {
        public Broken {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(why, "why");
        }
    }
}

package io.ledgerlens.application.port.in.recording;

import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** What recomputing an org's ledger chain found. */
public sealed interface ChainVerdict {

    /**
     * Gives the one function that fits this verdict the verdict itself.
     *
     * @param <R>    what both verdicts are turned into
     * @param intact applied when the whole chain holds
     * @param broken applied when it does not
     * @return what the matching function gave
     */
    default <R> R fold(Function<Intact, R> intact, Function<Broken, R> broken) {
        return this instanceof Intact whole ? intact.apply(whole) : broken.apply((Broken) this);
    }

    /**
     * Every link follows the one before and every event says what it said when it was appended. {@code head} is
     * the last link (none for a chain not begun); {@code beforeTheChain} counts the events recorded before the
     * ledger kept a chain, which it does not cover.
     *
     * @param org            the org whose chain was walked
     * @param events         how many links were checked, one per linked event
     * @param head           the last link, to keep as a checkpoint; empty for a chain not begun
     * @param beforeTheChain how many events were recorded before the chain began, and are not covered by it
     */
    record Intact(OrgId org, long events, Optional<ChainLink> head, long beforeTheChain) implements ChainVerdict {
        /**
         * Refuses a missing org or head.
         *
         * @param org            the org whose chain was walked
         * @param events         how many links were checked, one per linked event
         * @param head           the last link, to keep as a checkpoint; empty for a chain not begun
         * @param beforeTheChain how many events were recorded before the chain began, and are not covered by it
         */
        public Intact {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(head, "head");
        }
    }

    /**
     * The first place the chain does not hold: at {@code position} (0 when it is no one link's), naming
     * {@code event} where there is one, and {@code why}; the {@code checked} links before it held.
     *
     * @param org      the org whose chain was walked
     * @param position the chain position that does not hold; 0 when the fault is no one link's
     * @param event    the event linked there; empty when the fault is no one link's
     * @param why      what does not hold, in words for the operator
     * @param checked  how many links held before it
     */
    record Broken(OrgId org, long position, Optional<EventLogId> event, String why, long checked) implements ChainVerdict {
        /**
         * Refuses a missing org, event or reason.
         *
         * @param org      the org whose chain was walked
         * @param position the chain position that does not hold; 0 when the fault is no one link's
         * @param event    the event linked there; empty when the fault is no one link's
         * @param why      what does not hold, in words for the operator
         * @param checked  how many links held before it
         */
        public Broken {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(why, "why");
        }
    }
}

package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.ReturnExcess;
import java.util.List;
import java.util.Objects;

/**
 * What appending an event did. An event's unique id is unique within its org:
 * appending it again records nothing and names the event already there, and
 * whether it says the same thing.
 */
public sealed interface AppendOutcome {

    EventLogId eventLogId();

    /** The event is now in the ledger under {@code eventLogId}. */
    record Appended(EventLogId eventLogId) implements AppendOutcome {
        public Appended {
            Objects.requireNonNull(eventLogId, "eventLogId");
        }
    }

    /**
     * Nothing was written: an event with the same unique id was recorded
     * before, as {@code eventLogId}; {@code sameContent} tells a retry from a
     * different event reusing the id.
     */
    record AlreadyRecorded(EventLogId eventLogId, boolean sameContent) implements AppendOutcome {
        public AlreadyRecorded {
            Objects.requireNonNull(eventLogId, "eventLogId");
        }
    }

    /**
     * Nothing was written: the event is a return that gives back more than its
     * bill bought, counting the returns recorded before it (or a bill its
     * customer or group never bought). {@code eventLogId} is the id it was to have.
     */
    record ReturnBeyondPurchase(EventLogId eventLogId, List<ReturnExcess> excess) implements AppendOutcome {
        public ReturnBeyondPurchase {
            Objects.requireNonNull(eventLogId, "eventLogId");
            excess = List.copyOf(excess);
            if (excess.isEmpty()) {
                throw new IllegalArgumentException("a refused return says what it exceeds");
            }
        }
    }
}

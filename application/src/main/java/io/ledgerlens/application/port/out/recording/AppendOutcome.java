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

    /**
     * The event this outcome is about.
     *
     * @return the id it was appended under, the id of the event already recorded, or the id a refused return was to
     *         have
     */
    EventLogId eventLogId();

    /**
     * The event is now in the ledger under {@code eventLogId}.
     *
     * @param eventLogId the id it was appended under
     */
    record Appended(EventLogId eventLogId) implements AppendOutcome {
        /**
         * Refuses a missing id.
         *
         * @param eventLogId the id it was appended under
         */
        public Appended {
            Objects.requireNonNull(eventLogId, "eventLogId");
        }
    }

    /**
     * Nothing was written: an event with the same unique id was recorded
     * before, as {@code eventLogId}; {@code sameContent} tells a retry from a
     * different event reusing the id.
     *
     * @param eventLogId  the event recorded before under the same unique id
     * @param sameContent {@code true} when it has the same fingerprint: a retry, not a reuse
     */
    record AlreadyRecorded(EventLogId eventLogId, boolean sameContent) implements AppendOutcome {
        /**
         * Refuses a missing id.
         *
         * @param eventLogId  the event recorded before under the same unique id
         * @param sameContent {@code true} when it has the same fingerprint: a retry, not a reuse
         */
        public AlreadyRecorded {
            Objects.requireNonNull(eventLogId, "eventLogId");
        }
    }

    /**
     * Nothing was written: the event is a return that gives back more than its
     * bill bought, counting the returns recorded before it (or a bill its
     * customer or group never bought). {@code eventLogId} is the id it was to have.
     *
     * @param eventLogId the id the return was to have
     * @param excess     each thing the return takes back beyond what its bill has left to return; at least one
     */
    record ReturnBeyondPurchase(EventLogId eventLogId, List<ReturnExcess> excess) implements AppendOutcome {
        /**
         * Refuses a missing id, and a refused return that does not say what it exceeds.
         *
         * @param eventLogId the id the return was to have
         * @param excess     each thing the return takes back beyond what its bill has left to return; at least one
         */
        public ReturnBeyondPurchase {
            Objects.requireNonNull(eventLogId, "eventLogId");
            excess = List.copyOf(excess);
            if (excess.isEmpty()) {
                throw new IllegalArgumentException("a refused return says what it exceeds");
            }
        }
    }

    /**
     * Nothing was written: the event's customer or user group is none of its org's (an event can never land on
     * another org's ledger). {@code eventLogId} is the id it was to have.
     *
     * @param eventLogId the id the event was to have
     */
    record UnknownSubject(EventLogId eventLogId) implements AppendOutcome {
        /**
         * Refuses a missing id.
         *
         * @param eventLogId the id the event was to have
         */
        public UnknownSubject {
            Objects.requireNonNull(eventLogId, "eventLogId");
        }
    }
}

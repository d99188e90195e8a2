package io.ledgerlens.application.port.in.recording;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.ReturnExcess;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What recording an event did. */
public sealed interface RecordOutcome {

    /**
     * One function per case, each case applying its own: a new case fails to compile here and wherever outcomes
     * are folded, and no case is reached by a cast.
     *
     * @param <T>            what every case is turned into
     * @param recorded       applied when the event is in the ledger
     * @param reused         applied when its unique id names an event that says something else
     * @param refused        applied when the event cannot be recorded as it is
     * @param beyondPurchase applied when a return gives back more than was bought
     * @param unavailable    applied when the store could not answer
     * @return what the matching function gave
     */
    <T> T fold(Function<Recorded, T> recorded, Function<UniqueIdReused, T> reused, Function<Refused, T> refused,
               Function<ReturnBeyondPurchase, T> beyondPurchase, Function<Unavailable, T> unavailable);

    /**
     * In the ledger as {@code eventLogId}: just now ({@code created}), or earlier under the same unique id and content.
     *
     * @param eventLogId the event's id in the ledger
     * @param created    {@code true} when this call appended it; {@code false} when a retry found it recorded
     */
    record Recorded(EventLogId eventLogId, boolean created) implements RecordOutcome {
        /**
         * Refuses a missing id.
         *
         * @param eventLogId the event's id in the ledger
         * @param created    {@code true} when this call appended it; {@code false} when a retry found it recorded
         */
        public Recorded {
            Objects.requireNonNull(eventLogId, "eventLogId");
        }

        @Override
        public <T> T fold(Function<Recorded, T> recorded, Function<UniqueIdReused, T> reused, Function<Refused, T> refused,
                          Function<ReturnBeyondPurchase, T> beyondPurchase, Function<Unavailable, T> unavailable) {
            return recorded.apply(this);
        }
    }

    /**
     * The unique id was used before, by {@code existing}, for an event that says something else. Nothing was written.
     *
     * @param existing the event recorded under that unique id
     */
    record UniqueIdReused(EventLogId existing) implements RecordOutcome {
        /**
         * Refuses a missing id.
         *
         * @param existing the event recorded under that unique id
         */
        public UniqueIdReused {
            Objects.requireNonNull(existing, "existing");
        }

        @Override
        public <T> T fold(Function<Recorded, T> recorded, Function<UniqueIdReused, T> reused, Function<Refused, T> refused,
                          Function<ReturnBeyondPurchase, T> beyondPurchase, Function<Unavailable, T> unavailable) {
            return reused.apply(this);
        }
    }

    /**
     * The event cannot be recorded as it is; nothing was written.
     *
     * @param problems every reason, each at its field; at least one
     */
    record Refused(List<FieldProblem> problems) implements RecordOutcome {
        /**
         * Refuses a refusal without a reason.
         *
         * @param problems every reason, each at its field; at least one
         */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal gives at least one reason");
            }
        }

        @Override
        public <T> T fold(Function<Recorded, T> recorded, Function<UniqueIdReused, T> reused, Function<Refused, T> refused,
                          Function<ReturnBeyondPurchase, T> beyondPurchase, Function<Unavailable, T> unavailable) {
            return refused.apply(this);
        }
    }

    /** The ledger store could not answer; nothing is known to be written (retrying with the same unique id is safe). */
    record Unavailable() implements RecordOutcome {
        @Override
        public <T> T fold(Function<Recorded, T> recorded, Function<UniqueIdReused, T> reused, Function<Refused, T> refused,
                          Function<ReturnBeyondPurchase, T> beyondPurchase, Function<Unavailable, T> unavailable) {
            return unavailable.apply(this);
        }
    }

    /**
     * The event is a return of more than its bill bought, less earlier returns,
     * or of a bill its customer or group did not buy; nothing was written.
     * {@code excess} says, in the ledger's terms, what is left to return of what
     * was asked; where that is on the wire is the adapter's to say.
     *
     * @param excess each thing the return takes back beyond what its bill has left to return; at least one
     */
    record ReturnBeyondPurchase(List<ReturnExcess> excess) implements RecordOutcome {
        /**
         * Refuses a refused return that does not say what it exceeds.
         *
         * @param excess each thing the return takes back beyond what its bill has left to return; at least one
         */
        public ReturnBeyondPurchase {
            excess = List.copyOf(excess);
            if (excess.isEmpty()) {
                throw new IllegalArgumentException("a refused return says what it exceeds");
            }
        }

        /**
         * Whether the return names only bills never bought, rather than too much of one.
         *
         * @return {@code true} when every excess is a bill its customer or group did not buy
         */
        public boolean nothingBought() {
            return excess.stream().allMatch(one -> one.fold(nothing -> true, amount -> false, quantity -> false));
        }

        @Override
        public <T> T fold(Function<Recorded, T> recorded, Function<UniqueIdReused, T> reused, Function<Refused, T> refused,
                          Function<ReturnBeyondPurchase, T> beyondPurchase, Function<Unavailable, T> unavailable) {
            return beyondPurchase.apply(this);
        }
    }
}

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
     */
    <T> T fold(Function<Recorded, T> recorded, Function<UniqueIdReused, T> reused, Function<Refused, T> refused,
               Function<ReturnBeyondPurchase, T> beyondPurchase, Function<Unavailable, T> unavailable);

    /** In the ledger as {@code eventLogId}: just now ({@code created}), or earlier under the same unique id and content. */
    record Recorded(EventLogId eventLogId, boolean created) implements RecordOutcome {
        public Recorded {
            Objects.requireNonNull(eventLogId, "eventLogId");
        }

        @Override
        public <T> T fold(Function<Recorded, T> recorded, Function<UniqueIdReused, T> reused, Function<Refused, T> refused,
                          Function<ReturnBeyondPurchase, T> beyondPurchase, Function<Unavailable, T> unavailable) {
            return recorded.apply(this);
        }
    }

    /** The unique id was used before, by {@code existing}, for an event that says something else. Nothing was written. */
    record UniqueIdReused(EventLogId existing) implements RecordOutcome {
        public UniqueIdReused {
            Objects.requireNonNull(existing, "existing");
        }

        @Override
        public <T> T fold(Function<Recorded, T> recorded, Function<UniqueIdReused, T> reused, Function<Refused, T> refused,
                          Function<ReturnBeyondPurchase, T> beyondPurchase, Function<Unavailable, T> unavailable) {
            return reused.apply(this);
        }
    }

    /** The event cannot be recorded as it is; nothing was written. */
    record Refused(List<FieldProblem> problems) implements RecordOutcome {
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
     */
    record ReturnBeyondPurchase(List<ReturnExcess> excess) implements RecordOutcome {
        public ReturnBeyondPurchase {
            excess = List.copyOf(excess);
            if (excess.isEmpty()) {
                throw new IllegalArgumentException("a refused return says what it exceeds");
            }
        }

        /** True if the return names a bill never bought, rather than too much of one. */
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

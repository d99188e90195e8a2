package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.event.EventLogId;
import java.util.List;
import java.util.Objects;

/** What recording an event did. */
public sealed interface RecordOutcome {

    /** In the ledger as {@code eventLogId}: just now ({@code created}), or earlier under the same unique id and content. */
    record Recorded(EventLogId eventLogId, boolean created) implements RecordOutcome {
        public Recorded {
            Objects.requireNonNull(eventLogId, "eventLogId");
        }
    }

    /** The unique id was used before, by {@code existing}, for an event that says something else. Nothing was written. */
    record UniqueIdReused(EventLogId existing) implements RecordOutcome {
        public UniqueIdReused {
            Objects.requireNonNull(existing, "existing");
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
    }

    /** The ledger store could not answer; nothing is known to be written (retrying with the same unique id is safe). */
    record Unavailable() implements RecordOutcome {
    }

    /**
     * The event is a return of more than its bill bought, less earlier returns,
     * or of a bill its customer or group did not buy; nothing was written.
     * {@code problems} say what is left to return, at the fields that ask too much.
     */
    record ReturnBeyondPurchase(List<FieldProblem> problems) implements RecordOutcome {
        public ReturnBeyondPurchase {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused return says what it exceeds");
            }
        }
    }
}

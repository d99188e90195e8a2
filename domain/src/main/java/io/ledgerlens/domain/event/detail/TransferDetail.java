package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** Points moved from one member to another, per program. */
@ValueObject
public record TransferDetail(Party from, Party to, String notes) implements EventDetail {

    public TransferDetail {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(notes, "notes");
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.POINTS_TRANSFER);
    }

    /** One side of a transfer. */
    public record Party(long userId, String firstName, String lastName, String transferType, List<ProgramPoints> points) {
        public Party {
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(lastName, "lastName");
            Objects.requireNonNull(transferType, "transferType");
            points = List.copyOf(points);
        }
    }
}

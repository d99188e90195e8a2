package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Points moved from one member to another, per program.
 *
 * @param from the member the points left ({@code transferredFrom})
 * @param to the member they went to ({@code transferredTo})
 * @param notes free text; empty when none
 */
@ValueObject
public record TransferDetail(Party from, Party to, String notes) implements EventDetail {

    /**
     * Refuses a missing part.
     *
     * @param from the member the points left ({@code transferredFrom})
     * @param to the member they went to ({@code transferredTo})
     * @param notes free text; empty when none
     */
    public TransferDetail {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(notes, "notes");
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.POINTS_TRANSFER);
    }

    /**
     * One side of a transfer.
     *
     * @param userId the member's customer id (a string on the wire, {@code userId})
     * @param firstName the first name; empty when unknown
     * @param lastName the last name; empty when unknown
     * @param transferType the kind of transfer; {@code "TRANSFER"}
     * @param points the points moved, per program ({@code pointsTransferDetails})
     */
    public record Party(long userId, String firstName, String lastName, String transferType, List<ProgramPoints> points) {
        /**
         * Refuses a missing name or transfer type; keeps its own copy of the points.
         *
         * @param userId the member's customer id
         * @param firstName the first name
         * @param lastName the last name
         * @param transferType the kind of transfer
         * @param points the points moved, per program
         */
        public Party {
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(lastName, "lastName");
            Objects.requireNonNull(transferType, "transferType");
            points = List.copyOf(points);
        }
    }
}

package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** Points deducted by hand: how many in all, when, why, and from which programs. */
@ValueObject
public record ManualAdjustmentDetail(BigDecimal totalPointsDeducted, Instant createdOn, String reason,
                                     List<ProgramPoints> deductions) implements EventDetail {

    public ManualAdjustmentDetail {
        Objects.requireNonNull(totalPointsDeducted, "totalPointsDeducted");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(reason, "reason");
        deductions = List.copyOf(deductions);
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.MANUAL_POINTS_ADJUSTMENT);
    }
}

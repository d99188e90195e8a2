package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** A redemption of points: how many, for what, on which transaction, from which programs. */
@ValueObject
public record RedemptionDetail(BigDecimal pointsRedeemed, String purpose, String transactionNumber, Instant billingTime,
                               String externalReferenceNumber, String redemptionId, String notes,
                               boolean groupRedemption, List<ProgramPoints> pointsBreakup) implements EventDetail {

    public RedemptionDetail {
        Objects.requireNonNull(pointsRedeemed, "pointsRedeemed");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(transactionNumber, "transactionNumber");
        Objects.requireNonNull(billingTime, "billingTime");
        Objects.requireNonNull(externalReferenceNumber, "externalReferenceNumber");
        Objects.requireNonNull(redemptionId, "redemptionId");
        Objects.requireNonNull(notes, "notes");
        pointsBreakup = List.copyOf(pointsBreakup);
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.POINTS_REDEMPTION);
    }
}

package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A redemption of points: how many, for what, on which transaction, from which programs.
 *
 * @param pointsRedeemed the points spent in all ({@code pointsRedeemed})
 * @param purpose what they were spent on ({@code redemptionPurpose})
 * @param transactionNumber the transaction they were spent on
 * @param billingTime when that transaction was billed
 * @param externalReferenceNumber the redeeming system's own reference
 * @param redemptionId the redemption's id
 * @param notes free text; empty when none
 * @param groupRedemption whether the points were spent from a user group's shared balance
 * @param pointsBreakup the points spent per program ({@code pointsBreakup})
 */
@ValueObject
public record RedemptionDetail(BigDecimal pointsRedeemed, String purpose, String transactionNumber, Instant billingTime,
                               String externalReferenceNumber, String redemptionId, String notes,
                               boolean groupRedemption, List<ProgramPoints> pointsBreakup) implements EventDetail {

    /**
     * Refuses a missing part; keeps its own copy of the breakup.
     *
     * @param pointsRedeemed the points spent in all ({@code pointsRedeemed})
     * @param purpose what they were spent on ({@code redemptionPurpose})
     * @param transactionNumber the transaction they were spent on
     * @param billingTime when that transaction was billed
     * @param externalReferenceNumber the redeeming system's own reference
     * @param redemptionId the redemption's id
     * @param notes free text; empty when none
     * @param groupRedemption whether the points were spent from a user group's shared balance
     * @param pointsBreakup the points spent per program ({@code pointsBreakup})
     */
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

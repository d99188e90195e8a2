package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.points.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One allocation a manual adjustment consumed (§7.5.2): how many of its points, worth what in the org's currency,
 * from which award (its kind, id, till and date, and the promotion if a promotion awarded it), taken by whom and
 * when. {@code loyaltyId} is the customer's loyalty id where the adjusting system gave one.
 *
 * @param loyaltyId the customer's loyalty id ({@code loyaltyId}), where the adjusting system gave one
 * @param points the points taken from the allocation, and its program ({@code pointsDeducted}, {@code programId})
 * @param currencyValue what those points were worth in the org's currency ({@code pointsDeductedCurrencyValue})
 * @param promotion the promotion that awarded the consumed allocation, if one did
 * @param awardedRefType what kind of award the consumed allocation was ({@code pointAwardedRefType})
 * @param awardedRefId the id of the consumed allocation ({@code pointAwardedRefId})
 * @param deductedOn when the points were taken ({@code pointsDeductedOn})
 * @param deductedBy the user name of whoever made the adjustment ({@code pointsDeductedBy})
 * @param deductedById that user's id ({@code pointsDeductedById})
 * @param sourceType the kind of event that awarded the consumed points, such as {@code "Bill"}
 * @param awardedTillId the till of the original award ({@code awardedTillId})
 * @param awardedTillDate when the original points were awarded ({@code awardedTillDate})
 */
@ValueObject
public record Deduction(Optional<Long> loyaltyId, ProgramPoints points, BigDecimal currencyValue,
                        Optional<Promotion> promotion, AwardedRefType awardedRefType, long awardedRefId,
                        Instant deductedOn, String deductedBy, long deductedById, String sourceType,
                        long awardedTillId, Instant awardedTillDate) {

    /**
     * Refuses a missing part (absent ones are empty {@code Optional}s).
     *
     * @param loyaltyId the customer's loyalty id ({@code loyaltyId}), where the adjusting system gave one
     * @param points the points taken from the allocation, and its program ({@code pointsDeducted}, {@code programId})
     * @param currencyValue what those points were worth in the org's currency ({@code pointsDeductedCurrencyValue})
     * @param promotion the promotion that awarded the consumed allocation, if one did
     * @param awardedRefType what kind of award the consumed allocation was ({@code pointAwardedRefType})
     * @param awardedRefId the id of the consumed allocation ({@code pointAwardedRefId})
     * @param deductedOn when the points were taken ({@code pointsDeductedOn})
     * @param deductedBy the user name of whoever made the adjustment ({@code pointsDeductedBy})
     * @param deductedById that user's id ({@code pointsDeductedById})
     * @param sourceType the kind of event that awarded the consumed points, such as {@code "Bill"}
     * @param awardedTillId the till of the original award ({@code awardedTillId})
     * @param awardedTillDate when the original points were awarded ({@code awardedTillDate})
     */
    public Deduction {
        Objects.requireNonNull(loyaltyId, "loyaltyId");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(currencyValue, "currencyValue");
        Objects.requireNonNull(promotion, "promotion");
        Objects.requireNonNull(awardedRefType, "awardedRefType");
        Objects.requireNonNull(deductedOn, "deductedOn");
        Objects.requireNonNull(deductedBy, "deductedBy");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(awardedTillDate, "awardedTillDate");
    }
}

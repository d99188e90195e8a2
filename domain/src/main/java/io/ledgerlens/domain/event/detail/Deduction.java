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
 */
@ValueObject
public record Deduction(Optional<Long> loyaltyId, ProgramPoints points, BigDecimal currencyValue,
                        Optional<Promotion> promotion, AwardedRefType awardedRefType, long awardedRefId,
                        Instant deductedOn, String deductedBy, long deductedById, String sourceType,
                        long awardedTillId, Instant awardedTillDate) {

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

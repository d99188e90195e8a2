package io.ledgerlens.domain.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One award of points (or of an alternate currency) recorded on an event, a
 * bill or a line item. The ledger is append-only: a correction is a new
 * allocation, never an edit of this one.
 *
 * @param value       the points (or currency units) awarded, exact
 * @param sourceValue the amount the award was computed on
 * @param expiresOn   when the points lapse; for promised points, when they lapse once converted, if known
 * @param conversionDate when promised points turn regular; empty for other kinds
 * @param promotion   the promotion behind a promo award
 * @param currency    empty for points, else the alternate currency awarded
 * @param returnedPoints on a return, the points taken back by it
 */
@ValueObject
public record PointsAllocation(AllocationKind kind, BigDecimal value, AllocationRule rule, BigDecimal sourceValue,
                               Instant awardedOn, Optional<Instant> expiresOn, Optional<Instant> conversionDate,
                               Optional<Promotion> promotion, Optional<AlternateCurrency> currency,
                               Optional<BigDecimal> returnedPoints, Optional<AwardAction> awardAction) {

    public PointsAllocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sourceValue, "sourceValue");
        Objects.requireNonNull(awardedOn, "awardedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(conversionDate, "conversionDate");
        Objects.requireNonNull(promotion, "promotion");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(returnedPoints, "returnedPoints");
        Objects.requireNonNull(awardAction, "awardAction");
        if (kind == AllocationKind.PROMISED && conversionDate.isEmpty()) {
            throw new IllegalArgumentException("promised points need a conversion date");
        }
        if (kind != AllocationKind.PROMISED && conversionDate.isPresent()) {
            throw new IllegalArgumentException("only promised points have a conversion date");
        }
        if (kind == AllocationKind.PROMO && promotion.isEmpty()) {
            throw new IllegalArgumentException("promo points name their promotion");
        }
        if (kind == AllocationKind.PROMISED && currency.isPresent()) {
            throw new IllegalArgumentException("alternate currencies are never promised");
        }
    }

    public static PointsAllocation regular(BigDecimal value, AllocationRule rule, BigDecimal sourceValue,
                                           Instant awardedOn, Instant expiresOn) {
        return new PointsAllocation(AllocationKind.REGULAR, value, rule, sourceValue, awardedOn, Optional.of(expiresOn),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static PointsAllocation promo(BigDecimal value, AllocationRule rule, Promotion promotion, BigDecimal sourceValue,
                                         Instant awardedOn, Instant expiresOn) {
        return new PointsAllocation(AllocationKind.PROMO, value, rule, sourceValue, awardedOn, Optional.of(expiresOn),
                Optional.empty(), Optional.of(promotion), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static PointsAllocation promised(BigDecimal value, AllocationRule rule, BigDecimal sourceValue,
                                            Instant awardedOn, Instant conversionDate) {
        return new PointsAllocation(AllocationKind.PROMISED, value, rule, sourceValue, awardedOn, Optional.empty(),
                Optional.of(conversionDate), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Promised points that, once converted, lapse on {@code expiresOn} (the breakup shows that date, §7.2). */
    public static PointsAllocation promised(BigDecimal value, AllocationRule rule, BigDecimal sourceValue,
                                            Instant awardedOn, Instant conversionDate, Instant expiresOn) {
        return new PointsAllocation(AllocationKind.PROMISED, value, rule, sourceValue, awardedOn, Optional.of(expiresOn),
                Optional.of(conversionDate), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public PointsAllocation inCurrency(AlternateCurrency alternateCurrency) {
        return new PointsAllocation(kind, value, rule, sourceValue, awardedOn, expiresOn, conversionDate, promotion,
                Optional.of(alternateCurrency), returnedPoints, awardAction);
    }

    public PointsAllocation withReturnedPoints(BigDecimal points) {
        return new PointsAllocation(kind, value, rule, sourceValue, awardedOn, expiresOn, conversionDate, promotion,
                currency, Optional.of(points), awardAction);
    }

    public PointsAllocation awardedBy(AwardAction action) {
        return new PointsAllocation(kind, value, rule, sourceValue, awardedOn, expiresOn, conversionDate, promotion,
                currency, returnedPoints, Optional.of(action));
    }

    public boolean isPoints() {
        return currency.isEmpty();
    }
}

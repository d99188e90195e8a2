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
 * @param kind        regular, promo or promised
 * @param value       the points (or currency units) awarded, exact
 * @param rule        the program, category and strategies the award was made under
 * @param sourceValue the amount the award was computed on
 * @param awardedOn   when the award was made
 * @param expiresOn   when the points lapse; for promised points, when they lapse once converted, if known
 * @param conversionDate when promised points turn regular; empty for other kinds
 * @param promotion   the promotion behind a promo award
 * @param currency    empty for points, else the alternate currency awarded
 * @param returnedPoints on a return, the points taken back by it
 * @param awardAction the loyalty-rule action that made the award, when the award came from one
 */
@ValueObject
public record PointsAllocation(AllocationKind kind, BigDecimal value, AllocationRule rule, BigDecimal sourceValue,
                               Instant awardedOn, Optional<Instant> expiresOn, Optional<Instant> conversionDate,
                               Optional<Promotion> promotion, Optional<AlternateCurrency> currency,
                               Optional<BigDecimal> returnedPoints, Optional<AwardAction> awardAction) {

    /**
     * Refuses a missing part, a conversion date on anything but promised points (and none on them), promo points
     * without their promotion, and a promised alternate currency.
     *
     * @param kind regular, promo or promised
     * @param value the points (or currency units) awarded
     * @param rule the program, category and strategies of the award
     * @param sourceValue the amount the award was computed on
     * @param awardedOn when the award was made
     * @param expiresOn when the points lapse, if known
     * @param conversionDate when promised points turn regular
     * @param promotion the promotion behind a promo award
     * @param currency the alternate currency awarded, or empty for points
     * @param returnedPoints on a return, the points taken back
     * @param awardAction the loyalty-rule action that made the award, if known
     */
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

    /**
     * Regular points, earned outright.
     *
     * @param value the points awarded
     * @param rule the program, category and strategies of the award
     * @param sourceValue the amount the award was computed on
     * @param awardedOn when the award was made
     * @param expiresOn when the points lapse
     * @return the allocation
     */
    public static PointsAllocation regular(BigDecimal value, AllocationRule rule, BigDecimal sourceValue,
                                           Instant awardedOn, Instant expiresOn) {
        return new PointsAllocation(AllocationKind.REGULAR, value, rule, sourceValue, awardedOn, Optional.of(expiresOn),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Promo points a promotion awarded.
     *
     * @param value the points awarded
     * @param rule the program, category and strategies of the award
     * @param promotion the promotion that awarded them
     * @param sourceValue the amount the award was computed on
     * @param awardedOn when the award was made
     * @param expiresOn when the points lapse
     * @return the allocation
     */
    public static PointsAllocation promo(BigDecimal value, AllocationRule rule, Promotion promotion, BigDecimal sourceValue,
                                         Instant awardedOn, Instant expiresOn) {
        return new PointsAllocation(AllocationKind.PROMO, value, rule, sourceValue, awardedOn, Optional.of(expiresOn),
                Optional.empty(), Optional.of(promotion), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Promised points: they turn regular on {@code conversionDate}, their expiry not yet known.
     *
     * @param value the points promised
     * @param rule the program, category and strategies of the award
     * @param sourceValue the amount the award was computed on
     * @param awardedOn when the promise was made
     * @param conversionDate when the points turn regular
     * @return the allocation
     */
    public static PointsAllocation promised(BigDecimal value, AllocationRule rule, BigDecimal sourceValue,
                                            Instant awardedOn, Instant conversionDate) {
        return new PointsAllocation(AllocationKind.PROMISED, value, rule, sourceValue, awardedOn, Optional.empty(),
                Optional.of(conversionDate), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Promised points that, once converted, lapse on {@code expiresOn} (the breakup shows that date, §7.2).
     *
     * @param value the points promised
     * @param rule the program, category and strategies of the award
     * @param sourceValue the amount the award was computed on
     * @param awardedOn when the promise was made
     * @param conversionDate when the points turn regular
     * @param expiresOn when they lapse once converted
     * @return the allocation
     */
    public static PointsAllocation promised(BigDecimal value, AllocationRule rule, BigDecimal sourceValue,
                                            Instant awardedOn, Instant conversionDate, Instant expiresOn) {
        return new PointsAllocation(AllocationKind.PROMISED, value, rule, sourceValue, awardedOn, Optional.of(expiresOn),
                Optional.of(conversionDate), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The same award made in an alternate currency instead of points.
     *
     * @param alternateCurrency the currency awarded
     * @return the allocation in that currency
     */
    public PointsAllocation inCurrency(AlternateCurrency alternateCurrency) {
        return new PointsAllocation(kind, value, rule, sourceValue, awardedOn, expiresOn, conversionDate, promotion,
                Optional.of(alternateCurrency), returnedPoints, awardAction);
    }

    /**
     * The same award, with what a return took back of it.
     *
     * @param points the points the return took back
     * @return the allocation with its returned points
     */
    public PointsAllocation withReturnedPoints(BigDecimal points) {
        return new PointsAllocation(kind, value, rule, sourceValue, awardedOn, expiresOn, conversionDate, promotion,
                currency, Optional.of(points), awardAction);
    }

    /**
     * The same award, with the loyalty-rule action that made it.
     *
     * @param action the action
     * @return the allocation with its award action
     */
    public PointsAllocation awardedBy(AwardAction action) {
        return new PointsAllocation(kind, value, rule, sourceValue, awardedOn, expiresOn, conversionDate, promotion,
                currency, returnedPoints, Optional.of(action));
    }

    /** {@return whether the award is in points rather than an alternate currency} */
    public boolean isPoints() {
        return currency.isEmpty();
    }
}

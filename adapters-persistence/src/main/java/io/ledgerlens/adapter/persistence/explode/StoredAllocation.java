package io.ledgerlens.adapter.persistence.explode;

import io.ledgerlens.domain.points.AllocationKind;
import io.ledgerlens.domain.points.AllocationRule;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * An allocation as its row stores it: its place, its values, and its reference data by id only. The names of a
 * program, category, strategy, promotion or currency are the org's, remembered between requests
 * ({@link RememberedReferenceData}), so the event statement does not join six tables for every allocation.
 *
 * @param placement where the points were booked
 * @param linePosition the line's position when booked on a line, else null
 * @param kind regular, promotional or promised
 * @param value the points
 * @param sourceValue the value they were earned on
 * @param awardedOn when they were awarded
 * @param expiresOn when they expire, if they do
 * @param conversionDate when promised points convert, if they are promised
 * @param returnedPoints the points a return took back, if any
 * @param awardAction the award action and its ruleset, if recorded
 * @param ids the reference data the allocation names
 * @param joined its names, when the statement joined them (see {@link SectionShape#joinedNames()})
 */
record StoredAllocation(Placement placement, Integer linePosition, AllocationKind kind, BigDecimal value,
                        BigDecimal sourceValue, Instant awardedOn, Optional<Instant> expiresOn,
                        Optional<Instant> conversionDate, Optional<BigDecimal> returnedPoints,
                        Optional<AwardAction> awardAction, ReferenceIds ids, Optional<JoinedNames> joined) {

    /**
     * The reference data of an allocation as the statement joined it.
     *
     * @param program its program
     * @param category its points category
     * @param allocationStrategy its allocation strategy
     * @param expiryStrategy its expiry strategy
     * @param promotion its promotion, if promotional and registered
     * @param currency its alternate currency, if any and registered
     */
    record JoinedNames(Program program, PointsCategory category, AllocationStrategy allocationStrategy,
                       ExpiryStrategy expiryStrategy, Optional<Promotion> promotion, Optional<AlternateCurrency> currency) {
    }

    /**
     * The reference data of an allocation, by id within its org.
     *
     * @param program its program
     * @param category its points category
     * @param allocationStrategy its allocation strategy
     * @param expiryStrategy its expiry strategy
     * @param promotion its promotion, if promotional
     * @param currency its alternate currency, if any
     */
    record ReferenceIds(long program, long category, long allocationStrategy, long expiryStrategy,
                        Optional<Long> promotion, Optional<Long> currency) {
    }

    /**
     * The allocation with its reference data named, placed; empty when the org has no program, category or strategy
     * of its ids, which the writer never lets happen (it registers them in the allocation's transaction), and which
     * the event statement's inner joins answered the same way before the names were remembered.
     *
     * @param org the allocation's org (its event's)
     * @param names the reference data of the allocations being read
     * @return the allocation, placed, or empty
     */
    Optional<PlacedAllocation> named(long org, ReferenceNames names) {
        var program = ReferenceNames.named(names.programs(), org, ids.program());
        var category = ReferenceNames.named(names.categories(), org, ids.category());
        var allocationStrategy = ReferenceNames.named(names.allocationStrategies(), org, ids.allocationStrategy());
        var expiryStrategy = ReferenceNames.named(names.expiryStrategies(), org, ids.expiryStrategy());
        if (program.isEmpty() || category.isEmpty() || allocationStrategy.isEmpty() || expiryStrategy.isEmpty()) {
            return Optional.empty();
        }
        var rule = new AllocationRule(program.get(), category.get(), allocationStrategy.get(), expiryStrategy.get());
        var promotion = ids.promotion().flatMap(id -> ReferenceNames.named(names.promotions(), org, id));
        var currency = ids.currency().flatMap(id -> ReferenceNames.named(names.currencies(), org, id));
        return Optional.of(new PlacedAllocation(placement, linePosition, new PointsAllocation(kind, value, rule, sourceValue,
                awardedOn, expiresOn, conversionDate, promotion, currency, returnedPoints, awardAction)));
    }
}

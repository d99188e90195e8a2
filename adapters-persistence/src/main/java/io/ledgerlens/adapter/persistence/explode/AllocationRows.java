package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALLOCATION_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXPIRY_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_ALLOCATION;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_CATEGORY;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROMOTION;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.domain.points.AllocationKind;
import io.ledgerlens.domain.points.AllocationRule;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The allocations of an event as a nested MULTISET, joined with the reference data that names them, each with the
 * place it was booked on (the event, its bill or one of its lines): one subquery for all of them, placed in the JVM
 * ({@link PlacedAllocation#bookedOn}, {@link PlacedAllocation#bookedOnLine}), costs PostgreSQL less than a subquery
 * per place, which a bill ran once for the bill and once for each of its lines.
 */
final class AllocationRows {

    private AllocationRows() {
    }

    /** Allocations matching {@code where}, in recorded order, mapped to the domain with their places. */
    static Field<List<PlacedAllocation>> allocationsWhere(Condition where) {
        return multiset(select(
                        POINTS_ALLOCATION.KIND, POINTS_ALLOCATION.VALUE, POINTS_ALLOCATION.SOURCE_VALUE,
                        POINTS_ALLOCATION.AWARDED_ON, POINTS_ALLOCATION.EXPIRES_ON, POINTS_ALLOCATION.CONVERSION_DATE,
                        POINTS_ALLOCATION.RETURNED_POINTS,
                        PROGRAM.PROGRAM_ID, PROGRAM.NAME, PROGRAM.IS_DEFAULT,
                        POINTS_CATEGORY.POINTS_CATEGORY_ID, POINTS_CATEGORY.NAME,
                        ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID, ALLOCATION_STRATEGY.NAME,
                        EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID, EXPIRY_STRATEGY.NAME, EXPIRY_STRATEGY.EXPIRY_TYPE,
                        PROMOTION.PROMOTION_ID, PROMOTION.NAME, PROMOTION.START_DATE, PROMOTION.END_DATE,
                        ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID, ALTERNATE_CURRENCY.NAME, ALTERNATE_CURRENCY.IDENTIFIER,
                        POINTS_ALLOCATION.AWARD_ACTION_ID, POINTS_ALLOCATION.AWARD_ACTION_NAME,
                        POINTS_ALLOCATION.RULESET_ID, POINTS_ALLOCATION.RULESET_NAME,
                        POINTS_ALLOCATION.PLACEMENT, POINTS_ALLOCATION.LINE_POSITION)
                .from(POINTS_ALLOCATION)
                .join(PROGRAM).on(PROGRAM.ORG_ID.eq(POINTS_ALLOCATION.ORG_ID)
                        .and(PROGRAM.PROGRAM_ID.eq(POINTS_ALLOCATION.PROGRAM_ID)))
                .join(POINTS_CATEGORY).on(POINTS_CATEGORY.ORG_ID.eq(POINTS_ALLOCATION.ORG_ID)
                        .and(POINTS_CATEGORY.POINTS_CATEGORY_ID.eq(POINTS_ALLOCATION.POINTS_CATEGORY_ID)))
                .join(ALLOCATION_STRATEGY).on(ALLOCATION_STRATEGY.ORG_ID.eq(POINTS_ALLOCATION.ORG_ID)
                        .and(ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID.eq(POINTS_ALLOCATION.ALLOCATION_STRATEGY_ID)))
                .join(EXPIRY_STRATEGY).on(EXPIRY_STRATEGY.ORG_ID.eq(POINTS_ALLOCATION.ORG_ID)
                        .and(EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID.eq(POINTS_ALLOCATION.EXPIRY_STRATEGY_ID)))
                .leftJoin(PROMOTION).on(PROMOTION.ORG_ID.eq(POINTS_ALLOCATION.ORG_ID)
                        .and(PROMOTION.PROMOTION_ID.eq(POINTS_ALLOCATION.PROMOTION_ID)))
                .leftJoin(ALTERNATE_CURRENCY).on(ALTERNATE_CURRENCY.ORG_ID.eq(POINTS_ALLOCATION.ORG_ID)
                        .and(ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID.eq(POINTS_ALLOCATION.ALTERNATE_CURRENCY_ID)))
                .where(where)
                .orderBy(POINTS_ALLOCATION.POSITION))
                .convertFrom(rows -> rows.map(r -> new PlacedAllocation(Placement.valueOf(r.get(POINTS_ALLOCATION.PLACEMENT)),
                        r.get(POINTS_ALLOCATION.LINE_POSITION), toAllocation(r))));
    }

    private static PointsAllocation toAllocation(Record r) {
        var rule = new AllocationRule(
                new Program(r.get(PROGRAM.PROGRAM_ID), r.get(PROGRAM.NAME), r.get(PROGRAM.IS_DEFAULT)),
                new PointsCategory(r.get(POINTS_CATEGORY.POINTS_CATEGORY_ID), r.get(POINTS_CATEGORY.NAME)),
                new AllocationStrategy(r.get(ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID), r.get(ALLOCATION_STRATEGY.NAME)),
                new ExpiryStrategy(r.get(EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID), r.get(EXPIRY_STRATEGY.NAME),
                        ExpiryType.valueOf(r.get(EXPIRY_STRATEGY.EXPIRY_TYPE))));
        var promotion = Optional.ofNullable(r.get(PROMOTION.PROMOTION_ID)).map(id -> new Promotion(id,
                r.get(PROMOTION.NAME), Optional.ofNullable(r.get(PROMOTION.START_DATE)),
                Optional.ofNullable(r.get(PROMOTION.END_DATE))));
        var currency = Optional.ofNullable(r.get(ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID)).map(id ->
                new AlternateCurrency(id, r.get(ALTERNATE_CURRENCY.NAME), r.get(ALTERNATE_CURRENCY.IDENTIFIER)));
        var awardAction = Optional.ofNullable(r.get(POINTS_ALLOCATION.AWARD_ACTION_ID)).map(id -> new AwardAction(id,
                r.get(POINTS_ALLOCATION.AWARD_ACTION_NAME), r.get(POINTS_ALLOCATION.RULESET_ID),
                r.get(POINTS_ALLOCATION.RULESET_NAME)));
        return new PointsAllocation(
                AllocationKind.valueOf(r.get(POINTS_ALLOCATION.KIND)),
                r.get(POINTS_ALLOCATION.VALUE),
                rule,
                r.get(POINTS_ALLOCATION.SOURCE_VALUE),
                r.get(POINTS_ALLOCATION.AWARDED_ON),
                Optional.ofNullable(r.get(POINTS_ALLOCATION.EXPIRES_ON)),
                Optional.ofNullable(r.get(POINTS_ALLOCATION.CONVERSION_DATE)),
                promotion,
                currency,
                Optional.ofNullable(r.get(POINTS_ALLOCATION.RETURNED_POINTS)),
                awardAction);
    }
}

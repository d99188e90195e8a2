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

import io.ledgerlens.adapter.persistence.explode.StoredAllocation.JoinedNames;
import io.ledgerlens.adapter.persistence.explode.StoredAllocation.ReferenceIds;
import io.ledgerlens.domain.points.AllocationKind;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;

/**
 * The allocations of an event as a nested MULTISET, each with the place it was booked on (the event, its bill or one
 * of its lines): one subquery for all of them, placed in the JVM ({@link PlacedAllocation#bookedOn},
 * {@link PlacedAllocation#bookedOnLine}), costs PostgreSQL less than a subquery per place, which a bill ran once for
 * the bill and once for each of its lines. Their reference data is read by id and named from what
 * {@link RememberedReferenceData} remembers.
 */
final class AllocationRows {

    private AllocationRows() {
    }

    /**
     * Allocations matching {@code where}, in recorded order, as stored; with the names of their reference data
     * joined when {@code joinNames} (for an instance that does not remember them).
     */
    static Field<List<StoredAllocation>> allocationsWhere(Condition where, boolean joinNames, Correlation correlation) {
        var columns = new ArrayList<SelectField<?>>(List.of(
                POINTS_ALLOCATION.KIND, POINTS_ALLOCATION.VALUE, POINTS_ALLOCATION.SOURCE_VALUE,
                POINTS_ALLOCATION.AWARDED_ON, POINTS_ALLOCATION.EXPIRES_ON, POINTS_ALLOCATION.CONVERSION_DATE,
                POINTS_ALLOCATION.RETURNED_POINTS,
                POINTS_ALLOCATION.PROGRAM_ID, POINTS_ALLOCATION.POINTS_CATEGORY_ID,
                POINTS_ALLOCATION.ALLOCATION_STRATEGY_ID, POINTS_ALLOCATION.EXPIRY_STRATEGY_ID,
                POINTS_ALLOCATION.PROMOTION_ID, POINTS_ALLOCATION.ALTERNATE_CURRENCY_ID,
                POINTS_ALLOCATION.AWARD_ACTION_ID, POINTS_ALLOCATION.AWARD_ACTION_NAME,
                POINTS_ALLOCATION.RULESET_ID, POINTS_ALLOCATION.RULESET_NAME,
                POINTS_ALLOCATION.PLACEMENT, POINTS_ALLOCATION.LINE_POSITION));
        if (!joinNames) {
            return multiset(select(columns).from(POINTS_ALLOCATION).where(where).orderBy(POINTS_ALLOCATION.POSITION))
                    .convertFrom(rows -> rows.map(r -> toAllocation(r, Optional.empty())));
        }
        columns.addAll(List.of(PROGRAM.NAME, PROGRAM.IS_DEFAULT, POINTS_CATEGORY.NAME, ALLOCATION_STRATEGY.NAME,
                EXPIRY_STRATEGY.NAME, EXPIRY_STRATEGY.EXPIRY_TYPE, PROMOTION.PROMOTION_ID, PROMOTION.NAME,
                PROMOTION.START_DATE, PROMOTION.END_DATE, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID,
                ALTERNATE_CURRENCY.NAME, ALTERNATE_CURRENCY.IDENTIFIER));
        return multiset(select(columns)
                .from(POINTS_ALLOCATION)
                // Inner joins for the four an allocation must name: one whose row is missing is not shown, which
                // StoredAllocation#named answers the same way for names remembered.
                .join(PROGRAM).on(named(PROGRAM.ORG_ID, PROGRAM.PROGRAM_ID, POINTS_ALLOCATION.PROGRAM_ID, correlation))
                .join(POINTS_CATEGORY).on(named(POINTS_CATEGORY.ORG_ID, POINTS_CATEGORY.POINTS_CATEGORY_ID, POINTS_ALLOCATION.POINTS_CATEGORY_ID, correlation))
                .join(ALLOCATION_STRATEGY).on(named(ALLOCATION_STRATEGY.ORG_ID, ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID, POINTS_ALLOCATION.ALLOCATION_STRATEGY_ID, correlation))
                .join(EXPIRY_STRATEGY).on(named(EXPIRY_STRATEGY.ORG_ID, EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID, POINTS_ALLOCATION.EXPIRY_STRATEGY_ID, correlation))
                .leftJoin(PROMOTION).on(named(PROMOTION.ORG_ID, PROMOTION.PROMOTION_ID, POINTS_ALLOCATION.PROMOTION_ID, correlation))
                .leftJoin(ALTERNATE_CURRENCY).on(named(ALTERNATE_CURRENCY.ORG_ID, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID, POINTS_ALLOCATION.ALTERNATE_CURRENCY_ID, correlation))
                .where(where)
                .orderBy(POINTS_ALLOCATION.POSITION))
                .convertFrom(rows -> rows.map(r -> toAllocation(r, Optional.of(joinedNames(r)))));
    }

    /**
     * The reference data row an allocation names: of its org, by its id; on Citus also among the request's orgs, so
     * that the join stays on their shards ({@link Correlation#ofTheRequestedOrgs}).
     */
    private static Condition named(Field<Long> org, Field<Long> id, Field<Long> allocationsId, Correlation correlation) {
        return org.eq(POINTS_ALLOCATION.ORG_ID).and(id.eq(allocationsId)).and(correlation.ofTheRequestedOrgs(org));
    }

    private static JoinedNames joinedNames(Record r) {
        return new JoinedNames(
                new Program(r.get(POINTS_ALLOCATION.PROGRAM_ID), r.get(PROGRAM.NAME), r.get(PROGRAM.IS_DEFAULT)),
                new PointsCategory(r.get(POINTS_ALLOCATION.POINTS_CATEGORY_ID), r.get(POINTS_CATEGORY.NAME)),
                new AllocationStrategy(r.get(POINTS_ALLOCATION.ALLOCATION_STRATEGY_ID), r.get(ALLOCATION_STRATEGY.NAME)),
                new ExpiryStrategy(r.get(POINTS_ALLOCATION.EXPIRY_STRATEGY_ID), r.get(EXPIRY_STRATEGY.NAME),
                        ExpiryType.valueOf(r.get(EXPIRY_STRATEGY.EXPIRY_TYPE))),
                Optional.ofNullable(r.get(PROMOTION.PROMOTION_ID)).map(id -> new Promotion(id, r.get(PROMOTION.NAME),
                        Optional.ofNullable(r.get(PROMOTION.START_DATE)), Optional.ofNullable(r.get(PROMOTION.END_DATE)))),
                Optional.ofNullable(r.get(ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID)).map(id -> new AlternateCurrency(id,
                        r.get(ALTERNATE_CURRENCY.NAME), r.get(ALTERNATE_CURRENCY.IDENTIFIER))));
    }

    private static StoredAllocation toAllocation(Record r, Optional<JoinedNames> joined) {
        var awardAction = Optional.ofNullable(r.get(POINTS_ALLOCATION.AWARD_ACTION_ID)).map(id -> new AwardAction(id,
                r.get(POINTS_ALLOCATION.AWARD_ACTION_NAME), r.get(POINTS_ALLOCATION.RULESET_ID),
                r.get(POINTS_ALLOCATION.RULESET_NAME)));
        return new StoredAllocation(
                Placement.valueOf(r.get(POINTS_ALLOCATION.PLACEMENT)),
                r.get(POINTS_ALLOCATION.LINE_POSITION),
                AllocationKind.valueOf(r.get(POINTS_ALLOCATION.KIND)),
                r.get(POINTS_ALLOCATION.VALUE),
                r.get(POINTS_ALLOCATION.SOURCE_VALUE),
                r.get(POINTS_ALLOCATION.AWARDED_ON),
                Optional.ofNullable(r.get(POINTS_ALLOCATION.EXPIRES_ON)),
                Optional.ofNullable(r.get(POINTS_ALLOCATION.CONVERSION_DATE)),
                Optional.ofNullable(r.get(POINTS_ALLOCATION.RETURNED_POINTS)),
                awardAction,
                new ReferenceIds(r.get(POINTS_ALLOCATION.PROGRAM_ID), r.get(POINTS_ALLOCATION.POINTS_CATEGORY_ID),
                        r.get(POINTS_ALLOCATION.ALLOCATION_STRATEGY_ID), r.get(POINTS_ALLOCATION.EXPIRY_STRATEGY_ID),
                        Optional.ofNullable(r.get(POINTS_ALLOCATION.PROMOTION_ID)),
                        Optional.ofNullable(r.get(POINTS_ALLOCATION.ALTERNATE_CURRENCY_ID))),
                joined);
    }
}

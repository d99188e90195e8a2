package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALLOCATION_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXPIRY_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_ALLOCATION;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_CATEGORY;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROMOTION;

import io.ledgerlens.adapter.persistence.explode.SectionJson.SectionRow;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The allocations of an event as a nested section ({@link SectionJson}), each with the place it was booked on (the event, its bill or one
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
        var columns = new ArrayList<Field<?>>(List.of(
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
            return SectionJson.read(SectionJson.rows(columns, POINTS_ALLOCATION, where, POINTS_ALLOCATION.POSITION),
                    row -> toAllocation(row, false));
        }
        columns.addAll(List.of(PROGRAM.NAME, PROGRAM.IS_DEFAULT, POINTS_CATEGORY.NAME, ALLOCATION_STRATEGY.NAME,
                EXPIRY_STRATEGY.NAME, EXPIRY_STRATEGY.EXPIRY_TYPE, PROMOTION.PROMOTION_ID, PROMOTION.NAME,
                PROMOTION.START_DATE, PROMOTION.END_DATE, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID,
                ALTERNATE_CURRENCY.NAME, ALTERNATE_CURRENCY.IDENTIFIER));
        var withNames = POINTS_ALLOCATION
                // Inner joins for the four an allocation must name: one whose row is missing is not shown, which
                // StoredAllocation#named answers the same way for names remembered.
                .join(PROGRAM).on(named(PROGRAM.ORG_ID, PROGRAM.PROGRAM_ID, POINTS_ALLOCATION.PROGRAM_ID, correlation))
                .join(POINTS_CATEGORY).on(named(POINTS_CATEGORY.ORG_ID, POINTS_CATEGORY.POINTS_CATEGORY_ID, POINTS_ALLOCATION.POINTS_CATEGORY_ID, correlation))
                .join(ALLOCATION_STRATEGY).on(named(ALLOCATION_STRATEGY.ORG_ID, ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID, POINTS_ALLOCATION.ALLOCATION_STRATEGY_ID, correlation))
                .join(EXPIRY_STRATEGY).on(named(EXPIRY_STRATEGY.ORG_ID, EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID, POINTS_ALLOCATION.EXPIRY_STRATEGY_ID, correlation))
                .leftJoin(PROMOTION).on(named(PROMOTION.ORG_ID, PROMOTION.PROMOTION_ID, POINTS_ALLOCATION.PROMOTION_ID, correlation))
                .leftJoin(ALTERNATE_CURRENCY).on(named(ALTERNATE_CURRENCY.ORG_ID, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID, POINTS_ALLOCATION.ALTERNATE_CURRENCY_ID, correlation));
        return SectionJson.read(SectionJson.rows(columns, withNames, where, POINTS_ALLOCATION.POSITION),
                row -> toAllocation(row, true));
    }

    /**
     * The reference data row an allocation names: of its org, by its id; on Citus also among the request's orgs, so
     * that the join stays on their shards ({@link Correlation#ofTheRequestedOrgs}).
     */
    private static Condition named(Field<Long> org, Field<Long> id, Field<Long> allocationsId, Correlation correlation) {
        return org.eq(POINTS_ALLOCATION.ORG_ID).and(id.eq(allocationsId)).and(correlation.ofTheRequestedOrgs(org));
    }

    /** The names joined after an allocation's own columns, ids first where the domain names them. */
    private static JoinedNames joinedNames(SectionRow row, ReferenceIds ids) throws IOException {
        var program = new Program(ids.program(), row.text(), row.bool());
        var category = new PointsCategory(ids.category(), row.text());
        var allocationStrategy = new AllocationStrategy(ids.allocationStrategy(), row.text());
        var expiryStrategy = new ExpiryStrategy(ids.expiryStrategy(), row.text(), ExpiryType.valueOf(row.text()));
        var promotionId = row.int64();
        var promotionName = row.text();
        var promotionStart = row.date();
        var promotionEnd = row.date();
        var currencyId = row.int64();
        var currencyName = row.text();
        var currencyIdentifier = row.text();
        return new JoinedNames(program, category, allocationStrategy, expiryStrategy,
                Optional.ofNullable(promotionId).map(id -> new Promotion(id, promotionName,
                        Optional.ofNullable(promotionStart), Optional.ofNullable(promotionEnd))),
                Optional.ofNullable(currencyId).map(id -> new AlternateCurrency(id, currencyName, currencyIdentifier)));
    }

    /** An allocation's columns, in the order {@link #allocationsWhere} selects them. */
    static StoredAllocation toAllocation(SectionRow row, boolean joinedNames) throws IOException {
        var kind = AllocationKind.valueOf(row.text());
        var value = row.decimal();
        var sourceValue = row.decimal();
        var awardedOn = row.instant();
        var expiresOn = Optional.ofNullable(row.instant());
        var conversionDate = Optional.ofNullable(row.instant());
        var returnedPoints = Optional.ofNullable(row.decimal());
        var ids = new ReferenceIds(row.int64(), row.int64(), row.int64(), row.int64(),
                Optional.ofNullable(row.int64()), Optional.ofNullable(row.int64()));
        var awardActionId = row.int64();
        var awardActionName = row.text();
        var rulesetId = row.int64();
        var rulesetName = row.text();
        var awardAction = Optional.ofNullable(awardActionId).map(id -> new AwardAction(id, awardActionName, rulesetId,
                rulesetName));
        var placement = Placement.valueOf(row.text());
        var linePosition = row.int32();
        return new StoredAllocation(placement, linePosition, kind, value, sourceValue, awardedOn, expiresOn,
                conversionDate, returnedPoints, awardAction, ids,
                joinedNames ? Optional.of(joinedNames(row, ids)) : Optional.empty());
    }
}

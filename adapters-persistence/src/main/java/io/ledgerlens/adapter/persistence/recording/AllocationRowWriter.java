package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_ALLOCATION;

import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.Promotion;
import java.util.List;
import org.jooq.Field;

/** The rows of awards at one place (event, bill or line item), in their recorded order. */
final class AllocationRowWriter {

    private static final PointsAllocationColumns COLUMNS = new PointsAllocationColumns();

    private AllocationRowWriter() {
    }

    private static final class PointsAllocationColumns {
        private final Field<?>[] fields = {
            POINTS_ALLOCATION.ORG_ID, POINTS_ALLOCATION.EVENT_LOG_ID, POINTS_ALLOCATION.LINE_POSITION,
            POINTS_ALLOCATION.PLACEMENT, POINTS_ALLOCATION.POSITION, POINTS_ALLOCATION.KIND,
            POINTS_ALLOCATION.ALTERNATE_CURRENCY_ID, POINTS_ALLOCATION.VALUE, POINTS_ALLOCATION.SOURCE_VALUE,
            POINTS_ALLOCATION.PROGRAM_ID, POINTS_ALLOCATION.POINTS_CATEGORY_ID, POINTS_ALLOCATION.ALLOCATION_STRATEGY_ID,
            POINTS_ALLOCATION.EXPIRY_STRATEGY_ID, POINTS_ALLOCATION.AWARDED_ON, POINTS_ALLOCATION.EXPIRES_ON,
            POINTS_ALLOCATION.CONVERSION_DATE, POINTS_ALLOCATION.PROMOTION_ID, POINTS_ALLOCATION.RETURNED_POINTS,
            POINTS_ALLOCATION.AWARD_ACTION_ID, POINTS_ALLOCATION.AWARD_ACTION_NAME, POINTS_ALLOCATION.RULESET_ID,
            POINTS_ALLOCATION.RULESET_NAME};
    }

    static RowBatch batch() {
        return new RowBatch(POINTS_ALLOCATION, COLUMNS.fields);
    }

    static void add(RowBatch batch, long org, long eventLogId, Integer linePosition, String placement,
                    List<PointsAllocation> allocations) {
        for (int i = 0; i < allocations.size(); i++) {
            var a = allocations.get(i);
            var rule = a.rule();
            var action = a.awardAction();
            batch.add(org, eventLogId, linePosition, placement, i, a.kind().name(),
                    a.currency().map(AlternateCurrency::id).orElse(null), a.value(), a.sourceValue(),
                    rule.program().id(), rule.category().id(), rule.allocationStrategy().id(), rule.expiryStrategy().id(),
                    a.awardedOn(), a.expiresOn().orElse(null), a.conversionDate().orElse(null),
                    a.promotion().map(Promotion::id).orElse(null), a.returnedPoints().orElse(null),
                    action.map(AwardAction::id).orElse(null), action.map(AwardAction::name).orElse(null),
                    action.map(AwardAction::rulesetId).orElse(null), action.map(AwardAction::rulesetName).orElse(null));
        }
    }
}

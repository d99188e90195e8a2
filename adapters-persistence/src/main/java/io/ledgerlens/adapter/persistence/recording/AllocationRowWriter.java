package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_ALLOCATION;

import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.Promotion;
import java.util.List;
import org.jooq.DSLContext;

/** Appends the allocations of one place (event, bill or line item) in their recorded order. */
final class AllocationRowWriter {

    private AllocationRowWriter() {
    }

    static void insert(DSLContext dsl, long org, long eventLogId, Integer linePosition, String placement,
                       List<PointsAllocation> allocations) {
        for (int i = 0; i < allocations.size(); i++) {
            var a = allocations.get(i);
            var rule = a.rule();
            var action = a.awardAction();
            dsl.insertInto(POINTS_ALLOCATION)
                    .set(POINTS_ALLOCATION.ORG_ID, org)
                    .set(POINTS_ALLOCATION.EVENT_LOG_ID, eventLogId)
                    .set(POINTS_ALLOCATION.LINE_POSITION, linePosition)
                    .set(POINTS_ALLOCATION.PLACEMENT, placement)
                    .set(POINTS_ALLOCATION.POSITION, i)
                    .set(POINTS_ALLOCATION.KIND, a.kind().name())
                    .set(POINTS_ALLOCATION.ALTERNATE_CURRENCY_ID, a.currency().map(AlternateCurrency::id).orElse(null))
                    .set(POINTS_ALLOCATION.VALUE, a.value())
                    .set(POINTS_ALLOCATION.SOURCE_VALUE, a.sourceValue())
                    .set(POINTS_ALLOCATION.PROGRAM_ID, rule.program().id())
                    .set(POINTS_ALLOCATION.POINTS_CATEGORY_ID, rule.category().id())
                    .set(POINTS_ALLOCATION.ALLOCATION_STRATEGY_ID, rule.allocationStrategy().id())
                    .set(POINTS_ALLOCATION.EXPIRY_STRATEGY_ID, rule.expiryStrategy().id())
                    .set(POINTS_ALLOCATION.AWARDED_ON, a.awardedOn())
                    .set(POINTS_ALLOCATION.EXPIRES_ON, a.expiresOn().orElse(null))
                    .set(POINTS_ALLOCATION.CONVERSION_DATE, a.conversionDate().orElse(null))
                    .set(POINTS_ALLOCATION.PROMOTION_ID, a.promotion().map(Promotion::id).orElse(null))
                    .set(POINTS_ALLOCATION.RETURNED_POINTS, a.returnedPoints().orElse(null))
                    .set(POINTS_ALLOCATION.AWARD_ACTION_ID, action.map(AwardAction::id).orElse(null))
                    .set(POINTS_ALLOCATION.AWARD_ACTION_NAME, action.map(AwardAction::name).orElse(null))
                    .set(POINTS_ALLOCATION.RULESET_ID, action.map(AwardAction::rulesetId).orElse(null))
                    .set(POINTS_ALLOCATION.RULESET_NAME, action.map(AwardAction::rulesetName).orElse(null))
                    .execute();
        }
    }
}

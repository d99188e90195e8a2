package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALLOCATION_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXPIRY_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_CATEGORY;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROMOTION;

import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.Program;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Registers the reference data an event's allocations name, on first use.
 * What is already registered is left as it is: the ledger keeps the names of
 * its reference data, not of each award.
 */
final class ReferenceDataRows {

    private ReferenceDataRows() {
    }

    static void registerPrograms(DSLContext dsl, long orgId, List<Program> programs) {
        for (var program : programs) {
            dsl.insertInto(PROGRAM, PROGRAM.ORG_ID, PROGRAM.PROGRAM_ID, PROGRAM.NAME, PROGRAM.IS_DEFAULT)
                    .values(orgId, program.id(), program.name(), program.isDefault())
                    .onConflictDoNothing().execute();
        }
    }

    static void register(DSLContext dsl, long orgId, List<PointsAllocation> allocations) {
        for (var allocation : allocations) {
            var rule = allocation.rule();
            registerPrograms(dsl, orgId, List.of(rule.program()));
            dsl.insertInto(POINTS_CATEGORY, POINTS_CATEGORY.ORG_ID, POINTS_CATEGORY.POINTS_CATEGORY_ID, POINTS_CATEGORY.NAME)
                    .values(orgId, rule.category().id(), rule.category().name())
                    .onConflictDoNothing().execute();
            dsl.insertInto(ALLOCATION_STRATEGY, ALLOCATION_STRATEGY.ORG_ID, ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID,
                            ALLOCATION_STRATEGY.NAME)
                    .values(orgId, rule.allocationStrategy().id(), rule.allocationStrategy().name())
                    .onConflictDoNothing().execute();
            dsl.insertInto(EXPIRY_STRATEGY, EXPIRY_STRATEGY.ORG_ID, EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID,
                            EXPIRY_STRATEGY.NAME, EXPIRY_STRATEGY.EXPIRY_TYPE)
                    .values(orgId, rule.expiryStrategy().id(), rule.expiryStrategy().name(), rule.expiryStrategy().type().name())
                    .onConflictDoNothing().execute();
            allocation.promotion().ifPresent(promotion -> dsl
                    .insertInto(PROMOTION, PROMOTION.ORG_ID, PROMOTION.PROMOTION_ID, PROMOTION.NAME,
                            PROMOTION.START_DATE, PROMOTION.END_DATE)
                    .values(orgId, promotion.id(), promotion.name(), promotion.startDate().orElse(null),
                            promotion.endDate().orElse(null))
                    .onConflictDoNothing().execute());
            allocation.currency().ifPresent(currency -> dsl
                    .insertInto(ALTERNATE_CURRENCY, ALTERNATE_CURRENCY.ORG_ID, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID,
                            ALTERNATE_CURRENCY.NAME, ALTERNATE_CURRENCY.IDENTIFIER)
                    .values(orgId, currency.id(), currency.name(), currency.identifier())
                    .onConflictDoNothing().execute());
        }
    }
}

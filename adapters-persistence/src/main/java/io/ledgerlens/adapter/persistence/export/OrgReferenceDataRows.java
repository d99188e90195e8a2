package io.ledgerlens.adapter.persistence.export;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALLOCATION_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXPIRY_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_CATEGORY;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROMOTION;
import static io.ledgerlens.adapter.persistence.schema.Tables.TIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.TILL;

import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgReferenceData;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.util.Optional;
import org.jooq.DSLContext;

/** Every kind of an org's reference data, whole: a few rows per org (hundreds at most), read in one transaction. */
final class OrgReferenceDataRows {

    private OrgReferenceDataRows() {
    }

    static OrgReferenceData of(DSLContext dsl, OrgId org) {
        var id = org.value();
        return new OrgReferenceData(
                dsl.selectFrom(PROGRAM).where(PROGRAM.ORG_ID.eq(id)).orderBy(PROGRAM.PROGRAM_ID)
                        .fetch(r -> new Program(r.getProgramId(), r.getName(), r.getIsDefault())),
                dsl.selectFrom(TIER).where(TIER.ORG_ID.eq(id)).orderBy(TIER.PROGRAM_ID, TIER.SLAB_NUMBER)
                        .fetch(r -> new Tier(r.getProgramId(), r.getSlabNumber(), r.getName())),
                dsl.selectFrom(POINTS_CATEGORY).where(POINTS_CATEGORY.ORG_ID.eq(id)).orderBy(POINTS_CATEGORY.POINTS_CATEGORY_ID)
                        .fetch(r -> new PointsCategory(r.getPointsCategoryId(), r.getName())),
                dsl.selectFrom(ALLOCATION_STRATEGY).where(ALLOCATION_STRATEGY.ORG_ID.eq(id))
                        .orderBy(ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID)
                        .fetch(r -> new AllocationStrategy(r.getAllocationStrategyId(), r.getName())),
                dsl.selectFrom(EXPIRY_STRATEGY).where(EXPIRY_STRATEGY.ORG_ID.eq(id)).orderBy(EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID)
                        .fetch(r -> new ExpiryStrategy(r.getExpiryStrategyId(), r.getName(), ExpiryType.valueOf(r.getExpiryType()))),
                dsl.selectFrom(PROMOTION).where(PROMOTION.ORG_ID.eq(id)).orderBy(PROMOTION.PROMOTION_ID)
                        .fetch(r -> new Promotion(r.getPromotionId(), r.getName(), Optional.ofNullable(r.getStartDate()),
                                Optional.ofNullable(r.getEndDate()))),
                dsl.selectFrom(ALTERNATE_CURRENCY).where(ALTERNATE_CURRENCY.ORG_ID.eq(id))
                        .orderBy(ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID)
                        .fetch(r -> new AlternateCurrency(r.getAlternateCurrencyId(), r.getName(), r.getIdentifier())),
                dsl.selectFrom(TILL).where(TILL.ORG_ID.eq(id)).orderBy(TILL.TILL_ID)
                        .fetch(r -> new Till(r.getTillId(), r.getCode())));
    }
}

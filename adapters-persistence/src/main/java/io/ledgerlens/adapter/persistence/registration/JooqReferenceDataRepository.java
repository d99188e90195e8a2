package io.ledgerlens.adapter.persistence.registration;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALLOCATION_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXPIRY_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_CATEGORY;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROMOTION;
import static io.ledgerlens.adapter.persistence.schema.Tables.TIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.TILL;

import io.ledgerlens.application.port.out.registration.ReferenceDataRepository;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/** Reference data in one registration's transaction: one table per kind, keyed by org and id. */
final class JooqReferenceDataRepository implements ReferenceDataRepository {

    private final DSLContext dsl;

    JooqReferenceDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the row, or replaces the non-key columns of the row with the same key. */
    private <R extends Record> void upsert(Table<R> table, List<TableField<R, ?>> key, Map<Field<?>, Object> columns) {
        var update = new LinkedHashMap<>(columns);
        key.forEach(update::remove);
        dsl.insertInto(table).set(columns).onConflict(key).doUpdate().set(update).execute();
    }

    private static Map<Field<?>, Object> columns(Object... fieldsAndValues) {
        var columns = new LinkedHashMap<Field<?>, Object>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            columns.put((Field<?>) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return columns;
    }

    @Override
    public Optional<Program> program(OrgId org, long programId) {
        return dsl.selectFrom(PROGRAM).where(PROGRAM.ORG_ID.eq(org.value())).and(PROGRAM.PROGRAM_ID.eq(programId))
                .fetchOptional(r -> new Program(r.getProgramId(), r.getName(), r.getIsDefault()));
    }

    @Override
    public void save(OrgId org, Program program) {
        if (program.isDefault()) {
            dsl.update(PROGRAM).set(PROGRAM.IS_DEFAULT, false)
                    .where(PROGRAM.ORG_ID.eq(org.value())).and(PROGRAM.PROGRAM_ID.ne(program.id())).and(PROGRAM.IS_DEFAULT)
                    .execute();
        }
        upsert(PROGRAM, List.of(PROGRAM.ORG_ID, PROGRAM.PROGRAM_ID), columns(PROGRAM.ORG_ID, org.value(),
                PROGRAM.PROGRAM_ID, program.id(), PROGRAM.NAME, program.name(), PROGRAM.IS_DEFAULT, program.isDefault()));
    }

    @Override
    public Optional<PointsCategory> pointsCategory(OrgId org, long categoryId) {
        return dsl.selectFrom(POINTS_CATEGORY).where(POINTS_CATEGORY.ORG_ID.eq(org.value()))
                .and(POINTS_CATEGORY.POINTS_CATEGORY_ID.eq(categoryId))
                .fetchOptional(r -> new PointsCategory(r.getPointsCategoryId(), r.getName()));
    }

    @Override
    public void save(OrgId org, PointsCategory category) {
        upsert(POINTS_CATEGORY, List.of(POINTS_CATEGORY.ORG_ID, POINTS_CATEGORY.POINTS_CATEGORY_ID),
                columns(POINTS_CATEGORY.ORG_ID, org.value(), POINTS_CATEGORY.POINTS_CATEGORY_ID, category.id(),
                        POINTS_CATEGORY.NAME, category.name()));
    }

    @Override
    public Optional<AllocationStrategy> allocationStrategy(OrgId org, long strategyId) {
        return dsl.selectFrom(ALLOCATION_STRATEGY).where(ALLOCATION_STRATEGY.ORG_ID.eq(org.value()))
                .and(ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID.eq(strategyId))
                .fetchOptional(r -> new AllocationStrategy(r.getAllocationStrategyId(), r.getName()));
    }

    @Override
    public void save(OrgId org, AllocationStrategy strategy) {
        upsert(ALLOCATION_STRATEGY, List.of(ALLOCATION_STRATEGY.ORG_ID, ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID),
                columns(ALLOCATION_STRATEGY.ORG_ID, org.value(), ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID, strategy.id(),
                        ALLOCATION_STRATEGY.NAME, strategy.name()));
    }

    @Override
    public Optional<ExpiryStrategy> expiryStrategy(OrgId org, long strategyId) {
        return dsl.selectFrom(EXPIRY_STRATEGY).where(EXPIRY_STRATEGY.ORG_ID.eq(org.value()))
                .and(EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID.eq(strategyId))
                .fetchOptional(r -> new ExpiryStrategy(r.getExpiryStrategyId(), r.getName(), ExpiryType.valueOf(r.getExpiryType())));
    }

    @Override
    public void save(OrgId org, ExpiryStrategy strategy) {
        upsert(EXPIRY_STRATEGY, List.of(EXPIRY_STRATEGY.ORG_ID, EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID),
                columns(EXPIRY_STRATEGY.ORG_ID, org.value(), EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID, strategy.id(),
                        EXPIRY_STRATEGY.NAME, strategy.name(), EXPIRY_STRATEGY.EXPIRY_TYPE, strategy.type().name()));
    }

    @Override
    public Optional<Promotion> promotion(OrgId org, long promotionId) {
        return dsl.selectFrom(PROMOTION).where(PROMOTION.ORG_ID.eq(org.value())).and(PROMOTION.PROMOTION_ID.eq(promotionId))
                .fetchOptional(r -> new Promotion(r.getPromotionId(), r.getName(), Optional.ofNullable(r.getStartDate()),
                        Optional.ofNullable(r.getEndDate())));
    }

    @Override
    public void save(OrgId org, Promotion promotion) {
        upsert(PROMOTION, List.of(PROMOTION.ORG_ID, PROMOTION.PROMOTION_ID),
                columns(PROMOTION.ORG_ID, org.value(), PROMOTION.PROMOTION_ID, promotion.id(), PROMOTION.NAME, promotion.name(),
                        PROMOTION.START_DATE, promotion.startDate().orElse(null),
                        PROMOTION.END_DATE, promotion.endDate().orElse(null)));
    }

    @Override
    public Optional<AlternateCurrency> alternateCurrency(OrgId org, long currencyId) {
        return dsl.selectFrom(ALTERNATE_CURRENCY).where(ALTERNATE_CURRENCY.ORG_ID.eq(org.value()))
                .and(ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID.eq(currencyId))
                .fetchOptional(r -> new AlternateCurrency(r.getAlternateCurrencyId(), r.getName(), r.getIdentifier()));
    }

    @Override
    public Optional<AlternateCurrency> alternateCurrencyNamed(OrgId org, String name) {
        return dsl.selectFrom(ALTERNATE_CURRENCY).where(ALTERNATE_CURRENCY.ORG_ID.eq(org.value()))
                .and(ALTERNATE_CURRENCY.NAME.eq(name))
                .fetchOptional(r -> new AlternateCurrency(r.getAlternateCurrencyId(), r.getName(), r.getIdentifier()));
    }

    @Override
    public void save(OrgId org, AlternateCurrency currency) {
        upsert(ALTERNATE_CURRENCY, List.of(ALTERNATE_CURRENCY.ORG_ID, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID),
                columns(ALTERNATE_CURRENCY.ORG_ID, org.value(), ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID, currency.id(),
                        ALTERNATE_CURRENCY.NAME, currency.name(), ALTERNATE_CURRENCY.IDENTIFIER, currency.identifier()));
    }

    @Override
    public Optional<Till> till(OrgId org, long tillId) {
        return dsl.selectFrom(TILL).where(TILL.ORG_ID.eq(org.value())).and(TILL.TILL_ID.eq(tillId))
                .fetchOptional(r -> new Till(r.getTillId(), r.getCode()));
    }

    @Override
    public void save(OrgId org, Till till) {
        upsert(TILL, List.of(TILL.ORG_ID, TILL.TILL_ID),
                columns(TILL.ORG_ID, org.value(), TILL.TILL_ID, till.id(), TILL.CODE, till.code()));
    }

    @Override
    public Optional<Tier> tier(OrgId org, long programId, int slabNumber) {
        return dsl.selectFrom(TIER).where(TIER.ORG_ID.eq(org.value())).and(TIER.PROGRAM_ID.eq(programId))
                .and(TIER.SLAB_NUMBER.eq(slabNumber))
                .fetchOptional(r -> new Tier(r.getProgramId(), r.getSlabNumber(), r.getName()));
    }

    @Override
    public void save(OrgId org, Tier tier) {
        upsert(TIER, List.of(TIER.ORG_ID, TIER.PROGRAM_ID, TIER.SLAB_NUMBER),
                columns(TIER.ORG_ID, org.value(), TIER.PROGRAM_ID, tier.programId(), TIER.SLAB_NUMBER, tier.slabNumber(),
                        TIER.NAME, tier.name()));
    }
}

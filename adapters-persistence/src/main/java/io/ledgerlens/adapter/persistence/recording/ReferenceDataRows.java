package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALLOCATION_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXPIRY_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_CATEGORY;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROMOTION;

import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Registers the reference data an event names, on first use. What is already
 * registered is left as it is: the ledger keeps the names of its reference
 * data, not of each award. Each kind is written once per event, in id order,
 * so that concurrent writers take their locks in the same order and cannot
 * deadlock each other.
 */
final class ReferenceDataRows {

    private ReferenceDataRows() {
    }

    static void registerPrograms(DSLContext dsl, long orgId, Collection<Program> programs) {
        for (var program : distinctById(programs, Program::id)) {
            dsl.insertInto(PROGRAM, PROGRAM.ORG_ID, PROGRAM.PROGRAM_ID, PROGRAM.NAME, PROGRAM.IS_DEFAULT)
                    .values(orgId, program.id(), program.name(), program.isDefault())
                    .onConflictDoNothing().execute();
        }
    }

    static void register(DSLContext dsl, long orgId, List<PointsAllocation> allocations) {
        registerPrograms(dsl, orgId, each(allocations, a -> Optional.of(a.rule().program())));
        for (var category : distinctById(each(allocations, a -> Optional.of(a.rule().category())), PointsCategory::id)) {
            dsl.insertInto(POINTS_CATEGORY, POINTS_CATEGORY.ORG_ID, POINTS_CATEGORY.POINTS_CATEGORY_ID, POINTS_CATEGORY.NAME)
                    .values(orgId, category.id(), category.name())
                    .onConflictDoNothing().execute();
        }
        for (var strategy : distinctById(each(allocations, a -> Optional.of(a.rule().allocationStrategy())),
                AllocationStrategy::id)) {
            dsl.insertInto(ALLOCATION_STRATEGY, ALLOCATION_STRATEGY.ORG_ID, ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID,
                            ALLOCATION_STRATEGY.NAME)
                    .values(orgId, strategy.id(), strategy.name())
                    .onConflictDoNothing().execute();
        }
        for (var strategy : distinctById(each(allocations, a -> Optional.of(a.rule().expiryStrategy())), ExpiryStrategy::id)) {
            dsl.insertInto(EXPIRY_STRATEGY, EXPIRY_STRATEGY.ORG_ID, EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID,
                            EXPIRY_STRATEGY.NAME, EXPIRY_STRATEGY.EXPIRY_TYPE)
                    .values(orgId, strategy.id(), strategy.name(), strategy.type().name())
                    .onConflictDoNothing().execute();
        }
        for (var promotion : distinctById(each(allocations, PointsAllocation::promotion), Promotion::id)) {
            dsl.insertInto(PROMOTION, PROMOTION.ORG_ID, PROMOTION.PROMOTION_ID, PROMOTION.NAME,
                            PROMOTION.START_DATE, PROMOTION.END_DATE)
                    .values(orgId, promotion.id(), promotion.name(), promotion.startDate().orElse(null),
                            promotion.endDate().orElse(null))
                    .onConflictDoNothing().execute();
        }
        for (var currency : distinctById(each(allocations, PointsAllocation::currency), AlternateCurrency::id)) {
            dsl.insertInto(ALTERNATE_CURRENCY, ALTERNATE_CURRENCY.ORG_ID, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID,
                            ALTERNATE_CURRENCY.NAME, ALTERNATE_CURRENCY.IDENTIFIER)
                    .values(orgId, currency.id(), currency.name(), currency.identifier())
                    .onConflictDoNothing().execute();
        }
    }

    private static <T> List<T> each(List<PointsAllocation> allocations, Function<PointsAllocation, Optional<T>> part) {
        return allocations.stream().flatMap(a -> part.apply(a).stream()).toList();
    }

    private static <T> List<T> distinctById(Collection<T> items, ToLongFunction<T> id) {
        return items.stream()
                .collect(Collectors.toMap(id::applyAsLong, item -> item, (first, later) -> first))
                .values().stream()
                .sorted(Comparator.comparingLong(id))
                .toList();
    }
}

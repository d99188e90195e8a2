package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALLOCATION_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXPIRY_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_CATEGORY;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROMOTION;

import io.ledgerlens.adapter.persistence.database.Pipeline;
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

/**
 * Registers the reference data an event names, on first use. What is already
 * registered is left as it is: the ledger keeps the names of its reference
 * data, not of each award. Each kind is one statement of the append's
 * pipeline, its rows in id order,
 * so that concurrent writers take their locks in the same order and cannot
 * deadlock each other.
 */
final class ReferenceDataRows {

    private ReferenceDataRows() {
    }

    static void registerPrograms(Pipeline pipeline, long orgId, Collection<Program> programs) {
        var rows = new RowBatch(PROGRAM, PROGRAM.ORG_ID, PROGRAM.PROGRAM_ID, PROGRAM.NAME, PROGRAM.IS_DEFAULT).keepingStoredRows();
        distinctById(programs, Program::id).forEach(program -> rows.add(orgId, program.id(), program.name(), program.isDefault()));
        rows.queueIn(pipeline);
    }

    static void register(Pipeline pipeline, long orgId, List<PointsAllocation> allocations) {
        registerPrograms(pipeline, orgId, each(allocations, a -> Optional.of(a.rule().program())));
        var categories = new RowBatch(POINTS_CATEGORY, POINTS_CATEGORY.ORG_ID, POINTS_CATEGORY.POINTS_CATEGORY_ID,
                POINTS_CATEGORY.NAME).keepingStoredRows();
        distinctById(each(allocations, a -> Optional.of(a.rule().category())), PointsCategory::id)
                .forEach(category -> categories.add(orgId, category.id(), category.name()));
        var allocationStrategies = new RowBatch(ALLOCATION_STRATEGY, ALLOCATION_STRATEGY.ORG_ID,
                ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID, ALLOCATION_STRATEGY.NAME).keepingStoredRows();
        distinctById(each(allocations, a -> Optional.of(a.rule().allocationStrategy())), AllocationStrategy::id)
                .forEach(strategy -> allocationStrategies.add(orgId, strategy.id(), strategy.name()));
        var expiryStrategies = new RowBatch(EXPIRY_STRATEGY, EXPIRY_STRATEGY.ORG_ID, EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID,
                EXPIRY_STRATEGY.NAME, EXPIRY_STRATEGY.EXPIRY_TYPE).keepingStoredRows();
        distinctById(each(allocations, a -> Optional.of(a.rule().expiryStrategy())), ExpiryStrategy::id)
                .forEach(strategy -> expiryStrategies.add(orgId, strategy.id(), strategy.name(), strategy.type().name()));
        var promotions = new RowBatch(PROMOTION, PROMOTION.ORG_ID, PROMOTION.PROMOTION_ID, PROMOTION.NAME,
                PROMOTION.START_DATE, PROMOTION.END_DATE).keepingStoredRows();
        distinctById(each(allocations, PointsAllocation::promotion), Promotion::id)
                .forEach(promotion -> promotions.add(orgId, promotion.id(), promotion.name(),
                        promotion.startDate().orElse(null), promotion.endDate().orElse(null)));
        var currencies = new RowBatch(ALTERNATE_CURRENCY, ALTERNATE_CURRENCY.ORG_ID, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID,
                ALTERNATE_CURRENCY.NAME, ALTERNATE_CURRENCY.IDENTIFIER).keepingStoredRows();
        distinctById(each(allocations, PointsAllocation::currency), AlternateCurrency::id)
                .forEach(currency -> currencies.add(orgId, currency.id(), currency.name(), currency.identifier()));
        for (var kind : List.of(categories, allocationStrategies, expiryStrategies, promotions, currencies)) {
            kind.queueIn(pipeline);
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

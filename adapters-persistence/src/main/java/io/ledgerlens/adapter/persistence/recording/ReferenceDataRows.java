package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALLOCATION_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXPIRY_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_CATEGORY;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROMOTION;

import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.points.PointsAllocation;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The reference data a group's events name (programs, points categories, allocation and expiry strategies,
 * promotions, alternate currencies), registered on first use. What is already registered is left as it is: the
 * ledger keeps the names of its reference data, not of each award. Each kind is one statement of the append's
 * pipeline, its rows in (org, id) order, so that concurrent writers take their locks in the same order and cannot
 * deadlock each other. The programs the events' details name (points by program) travel with those their awards
 * name: in an insert of their own, two writers of one org naming two programs in crossed order could each wait for
 * a row the other had inserted.
 */
final class ReferenceDataRows {

    private final Kind programs = new Kind(PROGRAM, PROGRAM.ORG_ID, PROGRAM.PROGRAM_ID,
            PROGRAM.NAME, PROGRAM.IS_DEFAULT);
    private final Kind categories = new Kind(POINTS_CATEGORY, POINTS_CATEGORY.ORG_ID,
            POINTS_CATEGORY.POINTS_CATEGORY_ID, POINTS_CATEGORY.NAME);
    private final Kind allocationStrategies = new Kind(ALLOCATION_STRATEGY,
            ALLOCATION_STRATEGY.ORG_ID, ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID, ALLOCATION_STRATEGY.NAME);
    private final Kind expiryStrategies = new Kind(EXPIRY_STRATEGY, EXPIRY_STRATEGY.ORG_ID,
            EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID, EXPIRY_STRATEGY.NAME, EXPIRY_STRATEGY.EXPIRY_TYPE);
    private final Kind promotions = new Kind(PROMOTION, PROMOTION.ORG_ID, PROMOTION.PROMOTION_ID,
            PROMOTION.NAME, PROMOTION.START_DATE, PROMOTION.END_DATE);
    private final Kind currencies = new Kind(ALTERNATE_CURRENCY, ALTERNATE_CURRENCY.ORG_ID,
            ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID, ALTERNATE_CURRENCY.NAME, ALTERNATE_CURRENCY.IDENTIFIER);
    private final List<Kind> kinds = List.of(programs, categories, allocationStrategies, expiryStrategies,
            promotions, currencies);

    private ReferenceDataRows() {
    }

    /**
     * The reference data {@code events} name: their awards' (on the event, the bill and its lines), then their
     * details' programs. Where two name the same row differently, the first is registered.
     */
    static ReferenceDataRows namedBy(List<LedgerEvent> events) {
        var rows = new ReferenceDataRows();
        for (var event : events) {
            long org = event.orgId().value();
            event.allAllocations().forEach(allocation -> rows.add(org, allocation));
        }
        for (var event : events) {
            long org = event.orgId().value();
            event.detail().ifPresent(detail -> DetailRowWriter.programsOf(detail).forEach(program ->
                    rows.programs.name(org, program.id(), program.name(), program.isDefault())));
        }
        return rows;
    }

    private void add(long org, PointsAllocation allocation) {
        var rule = allocation.rule();
        programs.name(org, rule.program().id(), rule.program().name(), rule.program().isDefault());
        categories.name(org, rule.category().id(), rule.category().name());
        allocationStrategies.name(org, rule.allocationStrategy().id(), rule.allocationStrategy().name());
        expiryStrategies.name(org, rule.expiryStrategy().id(), rule.expiryStrategy().name(),
                rule.expiryStrategy().type().name());
        allocation.promotion().ifPresent(promotion -> promotions.name(org, promotion.id(), promotion.name(),
                promotion.startDate().orElse(null), promotion.endDate().orElse(null)));
        allocation.currency().ifPresent(currency -> currencies.name(org, currency.id(), currency.name(),
                currency.identifier()));
    }

    /**
     * Queues one insert of each kind, even of no rows (the pipeline's text stays one of a few, see
     * {@link RowBatch#queueIn}).
     */
    void queueIn(Pipeline pipeline) {
        kinds.forEach(kind -> kind.queueIn(pipeline));
    }

    /** One table's rows named, the first of each (org, id) kept, in (org, id) order. */
    private static final class Kind {

        private final RowBatch batch;
        private final TreeMap<Key, Object[]> named = new TreeMap<>();

        /** The rows of {@code table}, whose first two columns are its org and its id. */
        Kind(Table<?> table, Field<?>... columns) {
            this.batch = new RowBatch(table, columns).keepingStoredRows();
        }

        /** Names the row of {@code org} and {@code id}, whose other columns are {@code values}. */
        void name(long org, long id, Object... values) {
            named.putIfAbsent(new Key(org, id), values);
        }

        void queueIn(Pipeline pipeline) {
            named.forEach((key, values) -> {
                var all = new Object[values.length + 2];
                all[0] = key.org();
                all[1] = key.id();
                System.arraycopy(values, 0, all, 2, values.length);
                batch.add(all);
            });
            batch.queueIn(pipeline);
        }
    }

    /** A row's key, ordered by org, then id: the order its insert locks rows in. */
    private record Key(long org, long id) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::org).thenComparingLong(Key::id);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}

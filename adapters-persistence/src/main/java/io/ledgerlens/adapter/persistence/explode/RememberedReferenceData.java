package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALLOCATION_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXPIRY_STRATEGY;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_CATEGORY;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROMOTION;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.RenderedQuery;
import io.ledgerlens.adapter.persistence.database.Remembered;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.explode.ReferenceNames.OrgScoped;
import io.ledgerlens.adapter.persistence.explode.StoredAllocation.ReferenceIds;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;

/**
 * The reference data allocations name (programs, points categories, allocation and expiry strategies, promotions,
 * alternate currencies), remembered between requests by org and id, and forgotten on every change of its table that
 * {@link ChangeNotices} hears (migration V22; the writer only ever adds rows, which need no notice: a row is
 * remembered only once it has been read). What is not remembered is read in one statement for the whole read.
 *
 * <p>Joined to every allocation in the event statement, these six tables were a third of the statement's work:
 * run alone under {@code pgbench} (random events of a 10⁶ ledger, two clients, generic plans), the event statement
 * answered 4,390–4,520 times a second with the joins and 5,660–5,740 times without them.
 */
public final class RememberedReferenceData {

    /**
     * Rows of each kind remembered at most, each for 5 s after it was read ({@link Remembered#KEPT_FOR}): an org has
     * a handful of programs and strategies and up to a few thousand promotions, of which a few seconds of explodes
     * name far fewer. A few MB at most for the six kinds; past it a row is read again, never answered wrong.
     */
    private static final long AT_MOST = 10_000;
    private static final Param<Long[]> ORGS = param("orgs", Long[].class);

    private final Kind<Program> programs;
    private final Kind<PointsCategory> categories;
    private final Kind<AllocationStrategy> allocationStrategies;
    private final Kind<ExpiryStrategy> expiryStrategies;
    private final Kind<Promotion> promotions;
    private final Kind<AlternateCurrency> currencies;
    private final List<Kind<?>> kinds;
    private final RenderedQuery unremembered;
    private final ChangeNotices notices;

    /**
     * Over {@code store}, remembering only while {@code notices} listens.
     *
     * @param store the store the reference data is read from, within each read's fence
     * @param notices the notices that say when a table of reference data changed
     */
    public RememberedReferenceData(LedgerStore store, ChangeNotices notices) {
        this.notices = notices;
        programs = new Kind<>(notices, "program", ids -> Optional.of(ids.program()), ids -> multiset(
                select(PROGRAM.ORG_ID, PROGRAM.PROGRAM_ID, PROGRAM.NAME, PROGRAM.IS_DEFAULT).from(PROGRAM)
                        .where(PROGRAM.ORG_ID.eq(any(ORGS))).and(PROGRAM.PROGRAM_ID.eq(any(ids))))
                .convertFrom(rows -> rows.map(r -> found(r.value1(), r.value2(), new Program(r.value2(), r.value3(), r.value4())))));
        categories = new Kind<>(notices, "points_category", ids -> Optional.of(ids.category()), ids -> multiset(
                select(POINTS_CATEGORY.ORG_ID, POINTS_CATEGORY.POINTS_CATEGORY_ID, POINTS_CATEGORY.NAME).from(POINTS_CATEGORY)
                        .where(POINTS_CATEGORY.ORG_ID.eq(any(ORGS))).and(POINTS_CATEGORY.POINTS_CATEGORY_ID.eq(any(ids))))
                .convertFrom(rows -> rows.map(r -> found(r.value1(), r.value2(), new PointsCategory(r.value2(), r.value3())))));
        allocationStrategies = new Kind<>(notices, "allocation_strategy", ids -> Optional.of(ids.allocationStrategy()), ids -> multiset(
                select(ALLOCATION_STRATEGY.ORG_ID, ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID, ALLOCATION_STRATEGY.NAME)
                        .from(ALLOCATION_STRATEGY).where(ALLOCATION_STRATEGY.ORG_ID.eq(any(ORGS)))
                        .and(ALLOCATION_STRATEGY.ALLOCATION_STRATEGY_ID.eq(any(ids))))
                .convertFrom(rows -> rows.map(r -> found(r.value1(), r.value2(), new AllocationStrategy(r.value2(), r.value3())))));
        expiryStrategies = new Kind<>(notices, "expiry_strategy", ids -> Optional.of(ids.expiryStrategy()), ids -> multiset(
                select(EXPIRY_STRATEGY.ORG_ID, EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID, EXPIRY_STRATEGY.NAME, EXPIRY_STRATEGY.EXPIRY_TYPE)
                        .from(EXPIRY_STRATEGY).where(EXPIRY_STRATEGY.ORG_ID.eq(any(ORGS)))
                        .and(EXPIRY_STRATEGY.EXPIRY_STRATEGY_ID.eq(any(ids))))
                .convertFrom(rows -> rows.map(r -> found(r.value1(), r.value2(),
                        new ExpiryStrategy(r.value2(), r.value3(), ExpiryType.valueOf(r.value4()))))));
        promotions = new Kind<>(notices, "promotion", ReferenceIds::promotion, ids -> multiset(
                select(PROMOTION.ORG_ID, PROMOTION.PROMOTION_ID, PROMOTION.NAME, PROMOTION.START_DATE, PROMOTION.END_DATE)
                        .from(PROMOTION).where(PROMOTION.ORG_ID.eq(any(ORGS))).and(PROMOTION.PROMOTION_ID.eq(any(ids))))
                .convertFrom(rows -> rows.map(r -> found(r.value1(), r.value2(), new Promotion(r.value2(), r.value3(),
                        Optional.ofNullable(r.value4()), Optional.ofNullable(r.value5()))))));
        currencies = new Kind<>(notices, "alternate_currency", ReferenceIds::currency, ids -> multiset(
                select(ALTERNATE_CURRENCY.ORG_ID, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID, ALTERNATE_CURRENCY.NAME,
                        ALTERNATE_CURRENCY.IDENTIFIER)
                        .from(ALTERNATE_CURRENCY).where(ALTERNATE_CURRENCY.ORG_ID.eq(any(ORGS)))
                        .and(ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID.eq(any(ids))))
                .convertFrom(rows -> rows.map(r -> found(r.value1(), r.value2(),
                        new AlternateCurrency(r.value2(), r.value3(), r.value4())))));
        kinds = List.of(programs, categories, allocationStrategies, expiryStrategies, promotions, currencies);
        unremembered = RenderedQuery.named(store, select(kinds.stream().<Field<?>>map(Kind::column).toList()));
    }

    /**
     * The reference data that {@code allocations} name: remembered, or read in one statement within {@code fence}.
     *
     * @param fence the fence of the read the allocations came from
     * @param allocations the allocations read, by org
     * @return their names
     */
    ReferenceNames namesOf(TenantFence fence, Map<Long, List<StoredAllocation>> allocations) {
        var lookups = kinds.stream().<Remembered.Lookup<OrgScoped, ?>>map(kind -> kind.lookUp(allocations)).toList();
        var read = lookups.stream().anyMatch(lookup -> !lookup.missing().isEmpty()) ? readMissing(fence, lookups) : null;
        return new ReferenceNames(programs.names(lookups.get(0), read), categories.names(lookups.get(1), read),
                allocationStrategies.names(lookups.get(2), read), expiryStrategies.names(lookups.get(3), read),
                promotions.names(lookups.get(4), read), currencies.names(lookups.get(5), read));
    }

    /**
     * Whether the names are remembered now; while they are not, the event statement joins them (one round trip
     * instead of two).
     *
     * @return {@code true} while the change notices are listening
     */
    boolean remembering() {
        return notices.isListening();
    }

    private Record readMissing(TenantFence fence, List<Remembered.Lookup<OrgScoped, ?>> lookups) {
        var binds = new HashMap<String, Object>();
        binds.put(ORGS.getName(), lookups.stream().flatMap(lookup -> lookup.missing().stream()).map(OrgScoped::org)
                .distinct().toArray(Long[]::new));
        for (int i = 0; i < kinds.size(); i++) {
            binds.put(kinds.get(i).ids().getName(), lookups.get(i).missing().stream().map(OrgScoped::id).distinct()
                    .toArray(Long[]::new));
        }
        return unremembered.fetch(fence, binds).get(0);
    }

    private static <V> Found<V> found(long org, long id, V value) {
        return new Found<>(new OrgScoped(org, id), value);
    }

    /** A row read: its key and its value. */
    private record Found<V>(OrgScoped key, V value) {
    }

    /** One table of reference data: what is remembered of it, which id of an allocation names it, how it is read. */
    private static final class Kind<V> {

        private final Remembered<OrgScoped, V> remembered;
        private final Function<ReferenceIds, Optional<Long>> idOf;
        private final Param<Long[]> ids;
        private final Field<List<Found<V>>> column;

        Kind(ChangeNotices notices, String table, Function<ReferenceIds, Optional<Long>> idOf,
             Function<Param<Long[]>, Field<List<Found<V>>>> read) {
            this.remembered = Remembered.of(notices, table, AT_MOST);
            this.idOf = idOf;
            this.ids = param(table + "Ids", Long[].class);
            this.column = read.apply(ids);
        }

        Param<Long[]> ids() {
            return ids;
        }

        Field<List<Found<V>>> column() {
            return column;
        }

        Remembered.Lookup<OrgScoped, V> lookUp(Map<Long, List<StoredAllocation>> allocations) {
            var keys = new HashSet<OrgScoped>();
            allocations.forEach((org, each) -> each.forEach(allocation -> idOf.apply(allocation.ids())
                    .ifPresent(id -> keys.add(new OrgScoped(org, id)))));
            return remembered.lookUp(keys);
        }

        /** The lookup's rows, with those read for its missing keys, which are remembered (the others are not found). */
        @SuppressWarnings("unchecked")
        Map<OrgScoped, V> names(Remembered.Lookup<OrgScoped, ?> lookup, Record read) {
            var typed = (Remembered.Lookup<OrgScoped, V>) lookup;
            if (typed.missing().isEmpty()) {
                return typed.known();
            }
            Map<OrgScoped, V> found = read.get(column).stream().filter(row -> typed.missing().contains(row.key()))
                    .collect(Collectors.toMap(Found::key, Found::value));
            remembered.keep(typed, found);
            var all = new HashMap<>(typed.known());
            all.putAll(found);
            return all;
        }
    }
}

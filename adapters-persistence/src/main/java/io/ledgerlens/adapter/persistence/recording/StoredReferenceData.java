package io.ledgerlens.adapter.persistence.recording;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.database.Remembered;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reference data rows this instance knows are stored: rows a committed append of its own offered (inserted, or
 * found there already). A group whose events name only such rows sends none of the reference data's six inserts,
 * which in a ledger whose programs, categories and strategies are registered insert nothing in nearly every group
 * and still cost PostgreSQL their start-up, their binds and their row locks.
 *
 * <p>Each row is known for {@link Remembered#KEPT_FOR} at most, and forgotten, with every other row of its table,
 * on any change of the table heard from the database (another instance's registration, an operator's delete) or
 * when a change could have been missed; nothing is known while the notices are not listening. This instance's own
 * changes (registrations that rename, a currency added with an event) do not forget it: a row this instance wrote
 * stays stored. A row not known is offered again with {@code on conflict do nothing}, as before this memory.
 */
public final class StoredReferenceData {

    /** Rows of each table known at most: an org's programs and strategies, up to a few thousand promotions. */
    private static final long AT_MOST = 10_000;
    private static final List<String> TABLES = List.of("program", "points_category", "allocation_strategy",
            "expiry_strategy", "promotion", "alternate_currency");

    private final Map<String, Remembered<StoredRow, Boolean>> tables = new HashMap<>();

    /**
     * Knowing what is stored while {@code notices} listen.
     *
     * @param notices the notices that say when a table of reference data changed
     */
    public StoredReferenceData(ChangeNotices notices) {
        TABLES.forEach(table -> tables.put(table, Remembered.ofStoredRows(notices, table, AT_MOST)));
    }

    /**
     * Knowing nothing: every group offers its reference data (a store whose changes cannot be heard).
     *
     * @return a memory that is always empty
     */
    public static StoredReferenceData none() {
        return new StoredReferenceData(ChangeNotices.none());
    }

    /** What of {@code named} (rows by table) is known stored, begun before the group's statements are queued. */
    Named lookUp(Map<String, Set<StoredRow>> named) {
        var lookups = new ArrayList<TableLookup>(named.size());
        named.forEach((table, rows) -> {
            var remembered = tables.get(table);
            if (remembered == null) {
                throw new IllegalArgumentException("not a table of reference data: " + table);
            }
            lookups.add(new TableLookup(remembered, remembered.lookUp(rows)));
        });
        return new Named(lookups);
    }

    /** A row of one org's reference data, ordered by org, then id: the order its inserts lock rows in. */
    record StoredRow(long org, long id) implements Comparable<StoredRow> {

        private static final Comparator<StoredRow> ORDER = Comparator.comparingLong(StoredRow::org)
                .thenComparingLong(StoredRow::id);

        @Override
        public int compareTo(StoredRow other) {
            return ORDER.compare(this, other);
        }
    }

    private record TableLookup(Remembered<StoredRow, Boolean> remembered, Remembered.Lookup<StoredRow, Boolean> lookup) {

        void keep() {
            remembered.keep(lookup, lookup.missing().stream().collect(Collectors.toMap(Function.identity(), row -> true)));
        }
    }

    /** The rows a group names, as far as they are known stored. */
    static final class Named {

        private final List<TableLookup> lookups;

        private Named(List<TableLookup> lookups) {
            this.lookups = lookups;
        }

        /**
         * Whether every row named is known stored, so that the group need not offer them. Also when none is named.
         *
         * @return {@code true} if no row named is missing
         */
        boolean allStored() {
            return lookups.stream().allMatch(table -> table.lookup().missing().isEmpty());
        }

        /** Once the group that offered them committed: its rows are stored, unless a change was heard meanwhile. */
        void committed() {
            lookups.forEach(TableLookup::keep);
        }
    }
}

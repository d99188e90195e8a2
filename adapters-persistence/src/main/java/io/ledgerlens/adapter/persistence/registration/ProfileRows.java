package io.ledgerlens.adapter.persistence.registration;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.Pipeline.SqlArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** What customers and user groups are written and looked up by alike: ids held across orgs, rows from column arrays. */
final class ProfileRows {

    private ProfileRows() {
    }

    /**
     * The org holding each of {@code ids} that is held, through {@code ownerFunction} (a function of the tables'
     * owner, migration V5: the fence hides other orgs' rows, not who holds an id), in one statement.
     */
    static Map<Long, Long> holders(DSLContext dsl, String ownerFunction, Collection<Long> ids) {
        var holders = new HashMap<Long, Long>();
        var wanted = ids.stream().distinct().toArray(Long[]::new);
        if (wanted.length > 0) {
            for (var row : Pipeline.readAlone(dsl, "select id, " + ownerFunction + "(id) from unnest(?::int8[]) as t(id)",
                    new SqlArray("int8", wanted))) {
                if (row[1] != null) {
                    holders.put((Long) row[0], (Long) row[1]);
                }
            }
        }
        return holders;
    }

    /**
     * The rows inserted, else renamed if the org's own, returning the ids of both; the ids it does not return are
     * another org's. On one PostgreSQL by {@code upsert}, one statement over four column arrays (id, org, two texts);
     * on Citus by {@link #insertOrRenameOnCitus}.
     */
    static <T> Set<Long> insertOrRename(DSLContext dsl, ProfileTable table, String upsert, List<T> rows,
            ToLongFunction<T> id, ToLongFunction<T> org, Function<T, String> first, Function<T, String> second) {
        return LedgerStore.kindOf(dsl) == DatabaseKind.CITUS
                ? insertOrRenameOnCitus(dsl, table, rows, id, org, first, second)
                : insertOrRename(dsl, table.table(), upsert, rows, id, org, first, second);
    }

    /** {@code upsert} over {@code rows} as four column arrays: id, org and two texts. */
    private static <T> Set<Long> insertOrRename(DSLContext dsl, String table, String upsert, List<T> rows, ToLongFunction<T> id,
            ToLongFunction<T> org, Function<T, String> first, Function<T, String> second) {
        var ids = new Long[rows.size()];
        var orgs = new Long[rows.size()];
        var firsts = new String[rows.size()];
        var seconds = new String[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            var row = rows.get(i);
            ids[i] = id.applyAsLong(row);
            orgs[i] = org.applyAsLong(row);
            firsts[i] = first.apply(row);
            seconds[i] = second.apply(row);
        }
        var written = new HashSet<Long>();
        new Pipeline(Pipeline.Sending.ONE_BY_ONE).writeReturning(table, upsert, new SqlArray("int8", ids),
                        new SqlArray("int8", orgs), new SqlArray("text", firsts), new SqlArray("text", seconds))
                .send(dsl).get(0).forEach(row -> written.add((Long) row[0]));
        return written;
    }

    /**
     * A profile table as {@link #insertOrRenameOnCitus} writes it: its id column, the registry that keeps the id unique
     * across orgs (V23), and the two texts a registration sets.
     */
    record ProfileTable(String table, String id, String registry, String first, String second) {
    }

    /**
     * {@link #insertOrRename} on Citus, where its one statement cannot run: the registry is distributed by the id and
     * the profiles by the org, and Citus would copy the claimed rows into the profiles' shards, which PostgreSQL
     * refuses under row-level security. Per org, two round trips: the org's own rows renamed and the new ids claimed
     * (together), then the claimed ones inserted, each as rows of values. The same answer: the ids renamed or inserted;
     * the others are another org's.
     */
    private static <T> Set<Long> insertOrRenameOnCitus(DSLContext dsl, ProfileTable t, List<T> rows, ToLongFunction<T> id,
            ToLongFunction<T> org, Function<T, String> first, Function<T, String> second) {
        var written = new HashSet<Long>();
        rows.stream().collect(Collectors.groupingBy(org::applyAsLong, LinkedHashMap::new, Collectors.toList()))
                .forEach((orgId, ofOrg) -> io.vavr.collection.List.ofAll(ofOrg).grouped(ROWS_PER_STATEMENT).forEach(
                        part -> written.addAll(insertOrRenameOnCitus(dsl, t, orgId, part.asJava(), id, first, second))));
        return written;
    }

    /**
     * The most rows of one org {@link #insertOrRenameOnCitus} writes in one statement: its insert carries four values
     * a row, and a statement's values are numbered in 16 bits (kept under the signed limit, as {@code RowBatch} does);
     * an import's batch size is the operator's to choose.
     */
    static final int ROWS_PER_STATEMENT = Short.MAX_VALUE / 4;

    /** Rows of one org, at most {@link #ROWS_PER_STATEMENT}: renamed and claimed together, then the claimed inserted. */
    private static <T> Set<Long> insertOrRenameOnCitus(DSLContext dsl, ProfileTable t, long orgId, List<T> ofOrg,
            ToLongFunction<T> id, Function<T, String> first, Function<T, String> second) {
        var written = new HashSet<Long>();
        var renames = new ArrayList<Object>();
        var claims = new ArrayList<Object>();
        for (var row : ofOrg) {
            renames.addAll(Arrays.asList(id.applyAsLong(row), first.apply(row), second.apply(row)));
            claims.addAll(List.of(id.applyAsLong(row), orgId));
        }
        renames.add(orgId);
        var answers = new Pipeline(Pipeline.Sending.TOGETHER)
                .writeReturning(t.table(), "update " + t.table() + " t set " + t.first() + " = v.first, " + t.second()
                        + " = v.second from (values " + rowsOf(ofOrg.size(), "(?::bigint, ?::text, ?::text)")
                        + ") as v(id, first, second) where t." + t.id() + " = v.id and t.org_id = ? returning t." + t.id(),
                        renames.toArray())
                .writeReturning(t.registry(), "insert into " + t.registry() + " (" + t.id() + ", org_id) values "
                        + rowsOf(ofOrg.size(), "(?::bigint, ?::bigint)") + " on conflict (" + t.id()
                        + ") do nothing returning " + t.id(), claims.toArray())
                .send(dsl);
        answers.get(0).forEach(row -> written.add((Long) row[0]));
        var claimed = new HashSet<Long>();
        answers.get(1).forEach(row -> claimed.add((Long) row[0]));
        var inserts = new ArrayList<Object>();
        ofOrg.stream().filter(row -> claimed.contains(id.applyAsLong(row))).forEach(row ->
                inserts.addAll(Arrays.asList(id.applyAsLong(row), orgId, first.apply(row), second.apply(row))));
        if (!inserts.isEmpty()) {
            new Pipeline(Pipeline.Sending.ONE_BY_ONE).writeReturning(t.table(), "insert into " + t.table() + " ("
                            + t.id() + ", org_id, " + t.first() + ", " + t.second() + ") values "
                            + rowsOf(inserts.size() / 4, "(?::bigint, ?::bigint, ?::text, ?::text)")
                            + " on conflict (org_id, " + t.id() + ") do nothing returning " + t.id(), inserts.toArray())
                    .send(dsl).get(0).forEach(row -> written.add((Long) row[0]));
        }
        return written;
    }

    private static String rowsOf(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }
}

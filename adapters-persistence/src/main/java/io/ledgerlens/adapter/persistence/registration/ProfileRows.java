package io.ledgerlens.adapter.persistence.registration;

import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.Pipeline.SqlArray;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
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
     * Runs {@code upsert} (an insert, else a rename of the org's own row, returning the ids of both) over {@code rows}
     * as four column arrays: id, org and two texts. The ids it does not return are another org's.
     */
    static <T> Set<Long> insertOrRename(DSLContext dsl, String table, String upsert, List<T> rows, ToLongFunction<T> id,
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
}

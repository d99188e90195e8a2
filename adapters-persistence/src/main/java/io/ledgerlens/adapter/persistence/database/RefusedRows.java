package io.ledgerlens.adapter.persistence.database;

import java.util.List;
import org.jooq.exception.DataAccessException;

/**
 * Rows written to {@code table} that PostgreSQL refused for a value in them
 * (too long, out of range, against a check): for writes the store's error does
 * not name the table of, so that {@link LedgerStore} can say which part of a
 * write was refused.
 */
public final class RefusedRows extends DataAccessException {

    /** The table whose rows were refused; {@code ""} when PostgreSQL's error cannot say which. */
    private final String table;

    /**
     * Rows of {@code table} refused, as {@code cause} says.
     *
     * @param table the one table the refused statements wrote
     * @param cause PostgreSQL's refusal, which names no table
     */
    public RefusedRows(String table, DataAccessException cause) {
        super("rows of " + table + " refused", cause);
        this.table = table;
    }

    /**
     * Rows of one of {@code tables}, sent together, that PostgreSQL refused: which one it does not say, so the part
     * is not known ({@code ""} is no table), and the writer may send the same statements one by one to learn it.
     *
     * @param tables the tables the statements sent together wrote
     * @param cause PostgreSQL's refusal
     * @return a refusal that names no part
     */
    public static RefusedRows inOneOf(List<String> tables, DataAccessException cause) {
        return new RefusedRows("", cause, "rows of one of " + tables + " refused");
    }

    private RefusedRows(String table, DataAccessException cause, String message) {
        super(message, cause);
        this.table = table;
    }

    String table() {
        return table;
    }

    /**
     * Whether {@code failure} is PostgreSQL refusing a value it was given: a data exception (class 22: a string too
     * long, a number out of range, a character it cannot hold) or a check constraint (23514). Not a unique or foreign
     * key violation, which say something about what is stored, nor anything about the connection.
     *
     * @param failure what the store threw
     * @return {@code true} if a value was refused, which trying again cannot help
     */
    public static boolean isRefusedValue(DataAccessException failure) {
        var state = failure.sqlState();
        return state != null && (state.startsWith("22") || state.equals("23514"));
    }
}

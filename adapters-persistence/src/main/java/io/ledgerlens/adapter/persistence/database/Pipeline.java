package io.ledgerlens.adapter.persistence.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Statements of one append transaction, sent to PostgreSQL in one round trip
 * ({@link Sending#TOGETHER}): a single purchase used to cost seventeen round
 * trips, each with its share of protocol work on both sides. PostgreSQL runs
 * them one after the other, each on a snapshot of its own (READ COMMITTED), so
 * a read queued after a lock sees what the writer it waited for committed.
 *
 * <p>What a pipeline cannot say is which of its statements PostgreSQL refused a
 * value in: the refusal names no table. {@link Sending#ONE_BY_ONE} sends the
 * same statements one at a time and names it, for the rare transaction that
 * is refused (the ledger's appends), or for statements whose results decide what comes next (registrations).
 */
public final class Pipeline {

    /** How the statements travel. */
    public enum Sending {
        /** All in one round trip. */
        TOGETHER,
        /** One round trip each, so that a refused value is named with its table. */
        ONE_BY_ONE
    }

    /**
     * An array bind: its PostgreSQL element type ({@code int8}, {@code text}, ...) and its values.
     *
     * @param elementType the PostgreSQL name of the elements' type
     * @param values the elements, in order
     */
    public record SqlArray(String elementType, Object[] values) {
    }

    /**
     * A write whose text depends on the kind of database, rendered as the pipeline is sent (a batch of rows: column
     * arrays unnested on one PostgreSQL, rows of values on Citus).
     */
    public interface ByKind {

        /**
         * The statements for {@code kind}, each with its binds in the order of its {@code ?}.
         *
         * @param kind the database the pipeline is sent to
         * @return the statements, none for nothing to send
         */
        List<Sql> statements(DatabaseKind kind);
    }

    /**
     * One statement's text and binds.
     *
     * @param text the SQL, with a {@code ?} for each bind
     * @param binds the bind values; a {@link SqlArray} for an array
     */
    public record Sql(String text, List<Object> binds) {
    }

    /**
     * One statement: its SQL, its binds, the table it writes (none for a read), and whether its rows are wanted; or
     * a write rendered for the database as it is sent.
     */
    private record Statement(String sql, List<Object> binds, String table, boolean read, ByKind byKind) {

        Statement(String sql, List<Object> binds, String table, boolean read) {
            this(sql, binds, table, read, null);
        }

        /** This statement as sent to {@code kind}: as it is, or the statements it renders there (maybe none). */
        Stream<Statement> on(DatabaseKind kind) {
            if (byKind == null) {
                return Stream.of(this);
            }
            return byKind.statements(kind).stream().map(sql -> new Statement(sql.text(), sql.binds(), table, read));
        }
    }

    private final Sending sending;
    private final List<Statement> statements = new ArrayList<>();

    /**
     * An empty pipeline whose statements will travel as {@code sending} says.
     *
     * @param sending together in one round trip, or one by one to name a refused table
     */
    public Pipeline(Sending sending) {
        this.sending = Objects.requireNonNull(sending, "sending");
    }

    /**
     * Queues a statement that writes {@code table}.
     *
     * @param table the table written, named if PostgreSQL refuses one of its values
     * @param sql the statement, with a {@code ?} for each bind value
     * @param binds its bind values; a {@link SqlArray} for an array
     * @return this pipeline, to queue the next statement
     */
    public Pipeline write(String table, String sql, Object... binds) {
        statements.add(new Statement(sql, List.of(binds), table, false));
        return this;
    }

    /**
     * Queues a write of {@code table} rendered for the database as the pipeline is sent.
     *
     * @param table the table written, named if PostgreSQL refuses one of its values
     * @param statement its SQL and binds for each kind of database
     * @return this pipeline, to queue the next statement
     */
    public Pipeline write(String table, ByKind statement) {
        statements.add(new Statement(null, List.of(), table, false, statement));
        return this;
    }

    /**
     * Queues a statement that writes {@code table} and returns rows ({@code returning}), read as {@link #read}'s.
     *
     * @param table the table written, named if PostgreSQL refuses one of its values
     * @param sql the statement, with a {@code ?} for each bind value
     * @param binds its bind values; a {@link SqlArray} for an array
     * @return this pipeline, to queue the next statement
     */
    public Pipeline writeReturning(String table, String sql, Object... binds) {
        statements.add(new Statement(sql, List.of(binds), table, true));
        return this;
    }

    /**
     * Queues a statement whose rows are not needed (a lock).
     *
     * @param sql the statement, with a {@code ?} for each bind value
     * @param binds its bind values; a {@link SqlArray} for an array
     * @return this pipeline, to queue the next statement
     */
    public Pipeline run(String sql, Object... binds) {
        statements.add(new Statement(sql, List.of(binds), null, false));
        return this;
    }

    /**
     * Queues a read; {@link #send} returns its rows, in the order the reads were queued.
     *
     * @param sql the select, with a {@code ?} for each bind value
     * @param binds its bind values; a {@link SqlArray} for an array
     * @return this pipeline, to queue the next statement
     */
    public Pipeline read(String sql, Object... binds) {
        statements.add(new Statement(sql, List.of(binds), null, true));
        return this;
    }

    /**
     * Runs one read on its own and returns its rows.
     *
     * @param dsl the transaction to read in
     * @param sql the select, with a {@code ?} for each bind value
     * @param binds its bind values; a {@link SqlArray} for an array
     * @return its rows, each as its column values in order
     */
    public static List<Object[]> readAlone(DSLContext dsl, String sql, Object... binds) {
        return new Pipeline(Sending.ONE_BY_ONE).read(sql, binds).send(dsl).get(0);
    }

    /**
     * How many queued statements return rows: the place in {@link #send}'s answer of the next read queued, for callers
     * that queue their reads into one pipeline together.
     *
     * @return the number of reads (and writes returning rows) queued so far
     */
    public int reads() {
        return (int) statements.stream().filter(Statement::read).count();
    }

    /**
     * Whether nothing is queued, so that a caller can skip the round trip.
     *
     * @return {@code true} if {@link #send} would send nothing
     */
    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /**
     * Sends every queued statement and returns the rows of each read, in order; the pipeline is empty after.
     *
     * @param dsl the transaction to send them in
     * @return for each read (and each write returning rows), its rows, in the order they were queued
     * @throws RefusedRows if PostgreSQL refused a value, naming the table when it can be known
     */
    public List<List<Object[]>> send(DSLContext dsl) {
        if (statements.isEmpty()) {
            return List.of();
        }
        var kind = LedgerStore.kindOf(dsl);
        var sent = statements.stream().flatMap(statement -> statement.on(kind)).toList();
        statements.clear();
        if (sent.isEmpty()) {
            return List.of();
        }
        if (sending == Sending.ONE_BY_ONE || sent.size() == 1) {
            var rows = new ArrayList<List<Object[]>>();
            for (var statement : sent) {
                rows.addAll(execute(dsl, List.of(statement)));
            }
            return rows;
        }
        var rows = new ArrayList<List<Object[]>>();
        for (var together : inRoundTrips(sent)) {
            rows.addAll(execute(dsl, together));
        }
        return rows;
    }

    /** The most bind values pgjdbc sends with one prepared statement, however many statements its text holds. */
    static final int MOST_BINDS_PER_ROUND_TRIP = 65_535;

    /**
     * {@code sent} in as few round trips as the driver allows, in order: one, unless their binds add up to more than
     * {@link #MOST_BINDS_PER_ROUND_TRIP} (a large batch on Citus, sent as rows of values rather than arrays).
     */
    private static List<List<Statement>> inRoundTrips(List<Statement> sent) {
        var trips = new ArrayList<List<Statement>>();
        var trip = new ArrayList<Statement>();
        int binds = 0;
        for (var statement : sent) {
            if (!trip.isEmpty() && binds + statement.binds().size() > MOST_BINDS_PER_ROUND_TRIP) {
                trips.add(trip);
                trip = new ArrayList<>();
                binds = 0;
            }
            trip.add(statement);
            binds += statement.binds().size();
        }
        trips.add(trip);
        return trips;
    }

    private static List<List<Object[]>> execute(DSLContext dsl, List<Statement> sent) {
        var sql = String.join(";\n", sent.stream().map(Statement::sql).toList());
        try {
            return dsl.connectionResult(connection -> {
                try (var statement = connection.prepareStatement(sql)) {
                    int next = 1;
                    for (var queued : sent) {
                        for (var bind : queued.binds()) {
                            statement.setObject(next++, jdbcValue(connection, bind));
                        }
                    }
                    return results(statement, statement.execute(), sent);
                }
            });
        } catch (DataAccessException failure) {
            if (!RefusedRows.isRefusedValue(failure)) {
                throw failure;
            }
            var tables = sent.stream().map(Statement::table).filter(Objects::nonNull).distinct().toList();
            // PostgreSQL names no table when it refuses a value: one table written is the one; of several, none.
            throw tables.size() == 1 ? new RefusedRows(tables.get(0), failure) : RefusedRows.inOneOf(tables, failure);
        }
    }

    private static List<List<Object[]>> results(PreparedStatement statement, boolean rowsFirst, List<Statement> sent)
            throws SQLException {
        var reads = new ArrayList<List<Object[]>>();
        boolean rows = rowsFirst;
        for (int i = 0; i < sent.size(); i++) {
            if (i > 0) {
                rows = statement.getMoreResults();
            }
            if (!sent.get(i).read()) {
                continue;
            }
            if (!rows) {
                throw new SQLException("a read returned no rows: " + sent.get(i).sql());
            }
            var read = new ArrayList<Object[]>();
            try (var result = statement.getResultSet()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    var row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    read.add(row);
                }
            }
            reads.add(read);
        }
        return reads;
    }

    /**
     * An array of ids, flags or text goes to the driver as the Java array it is, which it encodes at once as its
     * PostgreSQL array type; {@code createArrayOf} would look its type up by name twice per bind, a tenth of the JVM's
     * time inside a group's transaction. Any other array (e.g. an {@code Object[]}) is made by name.
     */
    private static Object jdbcValue(Connection connection, Object bind) throws SQLException {
        if (!(bind instanceof SqlArray array)) {
            return bind;
        }
        var encodedAsItIs = switch (array.elementType()) {
            case "int8" -> array.values() instanceof Long[];
            case "int4" -> array.values() instanceof Integer[];
            case "bool" -> array.values() instanceof Boolean[];
            case "text", "varchar" -> array.values() instanceof String[];
            default -> false;
        };
        return encodedAsItIs ? array.values() : connection.createArrayOf(array.elementType(), array.values());
    }
}

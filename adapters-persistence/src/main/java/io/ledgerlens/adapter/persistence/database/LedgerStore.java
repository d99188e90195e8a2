package io.ledgerlens.adapter.persistence.database;

import io.ledgerlens.application.port.out.LedgerUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.conf.NestedCollectionEmulation;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to PostgreSQL for every adapter. Each call names its
 * {@link TenantFence}: the orgs it may see are set, transaction-local, before
 * its statements run, so that row-level security (V5) holds them to those orgs
 * and a pooled connection never carries one call's orgs into the next.
 *
 * <p>Any failure of the store (refused connection, pool timeout, SQL error,
 * a row refused by the fence) becomes a {@link LedgerUnavailableException}, and
 * a value PostgreSQL refused (too long, out of range, against a check) its kind
 * {@link io.ledgerlens.application.port.out.LedgerRefusedException}, naming the
 * part of the write: the cause is logged here and never travels further, so no
 * SQL reaches a client.
 */
public final class LedgerStore {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerStore.class);
    /** {@code true}: the setting ends with the transaction. */
    private static final String FENCE = "select set_config('ledgerlens.orgs', ?, true)";
    /**
     * The fence on Citus (migration V23.1 of {@code db/citus}): a {@code SET LOCAL}, which Citus passes on to the
     * workers of the transaction, where a {@code set_config} would stay on the coordinator. Only in an explicit
     * transaction block.
     */
    private static final String CITUS_FENCE = "select ledger_fence(?)";
    /**
     * For a statement planned once per connection: PostgreSQL's generic plan, whatever the bind values. Left to
     * itself it plans the first five executions for their values and keeps doing so whenever the generic plan's
     * estimate looks dearer, which for the explode statements (arrays bound, a dozen nested sections) cost 15 to
     * 30 ms of planning per request against 1 to 5 ms of execution. Transaction-local, like the fence.
     */
    private static final String GENERIC_PLAN = "set_config('plan_cache_mode', 'force_generic_plan', true)";
    /**
     * On Citus a statement "planned once" is planned for its values every time: Citus cannot make a distributed plan
     * of the explode statements with their parameters unknown ("could not create distributed plan"), and it prunes
     * the shards a request's orgs name only from their values.
     */
    private static final String CUSTOM_PLAN = "set_config('plan_cache_mode', 'force_custom_plan', true)";

    /** Where a context of this store keeps its {@link DatabaseKind}, for statements rendered as it is sent. */
    private static final String KIND = "io.ledgerlens.databaseKind";

    private final DSLContext dsl;
    private final DatabaseKind kind;

    private LedgerStore(DSLContext dsl, DatabaseKind kind) {
        this.dsl = dsl;
        this.kind = kind;
    }

    /**
     * The store over {@code dataSource}, speaking PostgreSQL only; nested collections ({@code MULTISET}) travel
     * as JSON and jOOQ's execute logging is off, so no bind value reaches a log.
     *
     * @param dataSource the pool every call borrows its connection from
     * @return the one door to that database
     */
    public static LedgerStore on(DataSource dataSource) {
        return on(dataSource, DatabaseKind.POSTGRESQL);
    }

    /**
     * The store over {@code dataSource}, a database of {@code kind}: on Citus every fenced statement runs in an
     * explicit transaction, so that the fence reaches the workers.
     *
     * @param dataSource the pool every call borrows its connection from
     * @param kind one PostgreSQL, or a Citus coordinator
     * @return the one door to that database
     */
    public static LedgerStore on(DataSource dataSource, DatabaseKind kind) {
        var configuration = new DefaultConfiguration()
                .set(dataSource)
                .set(SQLDialect.POSTGRES)
                .set(new Settings()
                        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                        .withEmulateMultiset(NestedCollectionEmulation.JSON)
                        .withExecuteLogging(false));
        configuration.data(KIND, kind);
        return new LedgerStore(DSL.using(configuration), kind);
    }

    /**
     * The kind of database a transaction's context (from {@link #read} or {@link #write}) is over.
     *
     * @param dsl a context this store handed to its work
     * @return its kind; one PostgreSQL for a context of no store
     */
    public static DatabaseKind kindOf(DSLContext dsl) {
        return dsl.configuration().data(KIND) instanceof DatabaseKind kind ? kind : DatabaseKind.POSTGRESQL;
    }

    /**
     * What kind of database this store is over: statements that must differ on Citus ask.
     *
     * @return one PostgreSQL, or a Citus coordinator
     */
    public DatabaseKind kind() {
        return kind;
    }

    /**
     * Runs {@code work} in one transaction within {@code fence}.
     *
     * @param <T> what the work reads
     * @param fence the orgs the transaction may see
     * @param work the statements, given the transaction's context
     * @return what {@code work} returned
     * @throws LedgerUnavailableException if the store fails or refuses a row
     */
    public <T> T read(TenantFence fence, Function<DSLContext, T> work) {
        return inTransaction(fence, work);
    }

    /**
     * Runs {@code work} in one transaction within {@code fence}: all of it is written, or none.
     *
     * @param <T> what the work returns
     * @param fence the orgs the transaction may see and write; row-level security refuses any other
     * @param work the statements, given the transaction's context
     * @return what {@code work} returned, once the transaction has committed
     * @throws LedgerUnavailableException if the store fails; its kind
     *         {@link io.ledgerlens.application.port.out.LedgerRefusedException} if PostgreSQL refused a value
     */
    public <T> T write(TenantFence fence, Function<DSLContext, T> work) {
        return inTransaction(fence, work);
    }

    /**
     * Runs one select within {@code fence} in a single round trip: the fence
     * and the select travel together and PostgreSQL runs them as one implicit
     * transaction (the driver sends one Sync after both), so the setting ends
     * with the select.
     *
     * @param <R> the select's record type
     * @param <T> what each row becomes
     * @param fence the orgs the select may see
     * @param query the select, rendered on each call
     * @param mapper maps each row
     * @return the rows, mapped, in the select's order
     */
    public <R extends Record, T> List<T> fetch(TenantFence fence, Select<R> query, RecordMapper<? super R, T> mapper) {
        var rows = fetch(fence, sql(query), query.getSelect(), bindValues(query).toArray());
        // Records of a known degree are jOOQ's RecordN implementations, as they would be from query.fetch().
        @SuppressWarnings("unchecked")
        var typed = (List<R>) (List<?>) rows;
        return typed.stream().<T>map(mapper::map).toList();
    }

    /**
     * Runs SQL rendered by {@link #sql} within {@code fence}, in one round trip, reading rows as {@code columns}.
     *
     * @param fence the orgs the statement may see
     * @param sql the statement, with a {@code ?} for each bind value
     * @param columns how to read each row's columns, in order
     * @param binds the bind values, in the order of their {@code ?}
     * @return the rows, as PostgreSQL returned them
     */
    public List<Record> fetch(TenantFence fence, String sql, List<Field<?>> columns, Object... binds) {
        return fetch(fence, Planning.PER_EXECUTION, sql, columns, binds);
    }

    /** How PostgreSQL plans a statement of {@link #fetch(TenantFence, Planning, String, List, Object...)}. */
    public enum Planning {
        /** As PostgreSQL decides: for statements whose text changes with the request. */
        PER_EXECUTION,
        /**
         * Once per connection, a generic plan reused for every bind value: for statements rendered once whose
         * text never changes, which are prepared on the server from their first execution.
         */
        ONCE
    }

    /**
     * Runs SQL rendered by {@link #sql} within {@code fence}, in one round trip, reading rows as {@code columns},
     * planned as {@code planning} says.
     *
     * @param fence the orgs the statement may see
     * @param planning once per connection, or per execution
     * @param sql the statement, with a {@code ?} for each bind value
     * @param columns how to read each row's columns, in order
     * @param binds the bind values, in the order of their {@code ?}
     * @return the rows, as PostgreSQL returned them
     */
    public List<Record> fetch(TenantFence fence, Planning planning, String sql, List<Field<?>> columns, Object... binds) {
        var once = planning == Planning.ONCE;
        return send(fence, planning, fence.isClosed() ? (once ? unfenced(sql) : sql) : fenced(sql, once),
                columns, binds);
    }

    /**
     * A statement planned once, as sent within a fence or without one: each text built once, so that the driver,
     * which finds a prepared statement by its text, hashes a String that knows its hash. Built for every request,
     * the explode statement's 20 KB of SQL were hashed each time (1.5% of an explode's CPU in the JVM).
     *
     * @param fenced the text sent within a fence: the fence's setting, the generic plan's, then the statement
     * @param unfenced the text sent without one: the generic plan's setting, then the statement
     */
    public record PlannedOnce(String fenced, String unfenced) {
    }

    /**
     * {@code sql}'s texts as {@link #fetch(TenantFence, PlannedOnce, List, Object...)} sends them.
     *
     * @param sql a statement rendered once, whose text never changes
     * @return its texts within a fence and without one, to keep for every later call
     */
    public PlannedOnce plannedOnce(String sql) {
        return new PlannedOnce(fenced(sql, true), unfenced(sql));
    }

    /**
     * Runs a statement planned once ({@link Planning#ONCE}) within {@code fence}, in one round trip.
     *
     * @param fence the orgs the statement may see
     * @param statement the statement's texts from {@link #plannedOnce(String)}
     * @param columns how to read each row's columns, in order
     * @param binds the bind values, in the order of their {@code ?}
     * @return the rows, as PostgreSQL returned them
     */
    public List<Record> fetch(TenantFence fence, PlannedOnce statement, List<Field<?>> columns, Object... binds) {
        return send(fence, Planning.ONCE, fence.isClosed() ? statement.unfenced() : statement.fenced(), columns, binds);
    }

    /**
     * {@code sql} sent within a fence, in one round trip: the fence's setting (and the generic plan's) first. On
     * Citus the three run as an explicit transaction ({@code begin} … {@code commit}), since only there does Citus
     * pass a {@code SET LOCAL} on to the workers; the texts stay constant, the orgs a bind value.
     */
    private String fenced(String sql, boolean plannedOnce) {
        var fence = kind == DatabaseKind.CITUS ? CITUS_FENCE : FENCE;
        var prelude = plannedOnce ? fence + ", " + (kind == DatabaseKind.CITUS ? CUSTOM_PLAN : GENERIC_PLAN) : fence;
        return kind == DatabaseKind.CITUS
                ? "begin;\n" + prelude + ";\n" + sql + ";\ncommit"
                : prelude + ";\n" + sql;
    }

    /** {@code sql} planned once and sent without a fence: after the plan's setting (on Citus, planned for its values). */
    private String unfenced(String sql) {
        return "select " + (kind == DatabaseKind.CITUS ? CUSTOM_PLAN : GENERIC_PLAN) + ";\n" + sql;
    }

    /** Sends {@code text}, the statement after its prelude (the fence's setting first, if any), and reads its rows. */
    private List<Record> send(TenantFence fence, Planning planning, String text, List<Field<?>> columns, Object... binds) {
        var fenced = !fence.isClosed();
        var once = planning == Planning.ONCE;
        var prelude = once || fenced;
        try {
            return dsl.connectionResult(connection -> {
                if (!connection.getAutoCommit()) {
                    // Inside an open transaction the fence would outlive this select: use read() instead.
                    throw new SQLException("a single round trip read needs an autocommit connection");
                }
                try (PreparedStatement statement = connection.prepareStatement(text)) {
                    if (once && statement.isWrapperFor(PGStatement.class)) {
                        // Prepared on the server at once: pgjdbc would otherwise send it unprepared four times first.
                        statement.unwrap(PGStatement.class).setPrepareThreshold(1);
                    }
                    int next = 1;
                    if (fenced) {
                        statement.setString(next++, fence.orgsSetting());
                    }
                    for (var bind : binds) {
                        statement.setObject(next++, jdbcValue(connection, bind));
                    }
                    try (var rows = executeForRows(statement, prelude ? 1 : 0, text)) {
                        return dsl.fetch(rows, columns.toArray(Field[]::new));
                    }
                } catch (SQLException failed) {
                    if (fenced && kind == DatabaseKind.CITUS) {
                        endFailedTransaction(connection);
                    }
                    throw failed;
                }
            });
        } catch (DataAccessException failure) {
            throw unavailable(failure);
        }
    }

    /**
     * Executes {@code statement} and returns its result set number {@code index} (from 0): the prelude's settings
     * are a result set, the {@code begin} and {@code commit} around them on Citus are none.
     */
    private static ResultSet executeForRows(PreparedStatement statement, int index, String text)
            throws SQLException {
        var seen = 0;
        var isRows = statement.execute();
        while (true) {
            if (isRows) {
                if (seen++ == index) {
                    return statement.getResultSet();
                }
            } else if (statement.getUpdateCount() == -1) {
                throw new SQLException("the statement after its prelude returned no rows: " + text);
            }
            isRows = statement.getMoreResults();
        }
    }

    /**
     * A statement of an explicit transaction failed: PostgreSQL holds the connection in the failed transaction until
     * it hears {@code rollback}, and the pool must not lend it out so.
     */
    private static void endFailedTransaction(Connection connection) {
        try (var rollback = connection.createStatement()) {
            rollback.execute("rollback");
        } catch (SQLException broken) {
            // A connection that cannot even roll back is broken: the pool finds that out and drops it.
            LOG.debug("rollback after a failed fenced statement failed: {}", broken.getMessage());
        }
    }

    /**
     * The SQL of {@code query} as this store renders it, with a {@code ?} for each bind value.
     *
     * @param query the query to render
     * @return its PostgreSQL text
     */
    public String sql(Query query) {
        return dsl.render(query);
    }

    /** The SQL of {@code query} with its named parameters as {@code :name}, to learn where each is bound. */
    String sqlWithNamedParameters(Query query) {
        return dsl.renderNamedParams(query);
    }

    /**
     * The bind values of {@code query}, in the order of the {@code ?} in {@link #sql(Query)}.
     *
     * @param query the query whose values to extract
     * @return its bind values, to pass to {@code fetch} with its rendered SQL
     */
    public List<Object> bindValues(Query query) {
        return dsl.extractBindValues(query);
    }

    private <T> T inTransaction(TenantFence fence, Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(configuration -> {
                var transaction = configuration.dsl();
                if (!fence.isClosed()) {
                    // Through JDBC: as plain SQL jOOQ would parse the statement again for every transaction.
                    transaction.connection(connection -> {
                        try (var statement = connection.prepareStatement(kind == DatabaseKind.CITUS ? CITUS_FENCE : FENCE)) {
                            statement.setString(1, fence.orgsSetting());
                            statement.execute();
                        }
                    });
                }
                return work.apply(transaction);
            });
        } catch (DataAccessException failure) {
            throw unavailable(failure);
        }
    }

    private static Object jdbcValue(Connection connection, Object value) throws SQLException {
        if (value instanceof Long[] ids) {
            return connection.createArrayOf("bigint", ids);
        }
        if (value instanceof String[] texts) {
            return connection.createArrayOf("text", texts);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value == null || value instanceof Number || value instanceof String || value instanceof Boolean) {
            return value;
        }
        throw new SQLException("no JDBC form for a bind value of " + value.getClass().getSimpleName());
    }

    /**
     * A value PostgreSQL refused is the input's fault ({@link LedgerRefusedException}, trying again cannot help);
     * anything else is the store's.
     */
    private static LedgerUnavailableException unavailable(DataAccessException failure) {
        var refused = Refusals.of(failure);
        if (refused.isPresent()) {
            LOG.warn("ledger store refused a value of {}: {}", refused.get().part(), failure.getMessage());
            return refused.get();
        }
        LOG.warn("ledger store failed: {}", failure.getMessage());
        return new LedgerUnavailableException("the ledger store cannot answer", failure);
    }
}

package io.ledgerlens.adapter.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerSchema;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL for tests. With {@code -Dledgerlens.test.db-url=jdbc:postgresql://host:port/db}
 * (or {@code LEDGERLENS_TEST_DB_URL}) the tests use that server; otherwise an
 * embedded PostgreSQL is started once per test JVM.
 *
 * <p>Each caller gets a database of its own, cloned from a template that was
 * migrated once, so test classes never see each other's rows. The databases
 * are dropped when the JVM exits.
 *
 * <p>With {@code -Dledgerlens.test.db-kind=citus} (or {@code LEDGERLENS_TEST_DB_KIND}) the URL names a Citus
 * coordinator's database ({@code bench/citus/up.sh}'s): each test database is then made on every node of that cluster
 * ({@link CitusNodes}) and migrated with {@code --citus}'s migrations, and {@link #storeOn} stores speak Citus.
 */
public final class PostgresDatabase {

    private static final String URL_PROPERTY = "ledgerlens.test.db-url";
    private static final String URL_VARIABLE = "LEDGERLENS_TEST_DB_URL";
    private static final String KIND_PROPERTY = "ledgerlens.test.db-kind";
    private static final String KIND_VARIABLE = "LEDGERLENS_TEST_DB_KIND";
    private static final DatabaseKind KIND = configuredKind();

    private static Server server;
    /** The cluster's nodes when the tests run on Citus; null on one PostgreSQL. */
    private static CitusNodes citus;
    private static String template;
    private static final List<String> created = new CopyOnWriteArrayList<>();

    private PostgresDatabase() {
    }

    /** Where the server is: a JDBC URL without database name, and an admin user. */
    public record Server(String baseUrl, String user, String password, String adminDatabase) {

        String urlOf(String database) {
            return baseUrl + database;
        }
    }

    /**
     * A new database with the ledger schema, pooled as the service pools it:
     * as the role that row-level security fences.
     */
    public static DataSource freshDatabase() {
        return freshLedger().service();
    }

    /** A new database with the ledger schema, through both doors: the service's pool and the owner's connections. */
    public static synchronized Ledger freshLedger() {
        var name = "ledgerlens_test_" + UUID.randomUUID().toString().replace("-", "");
        var template = template();
        if (citus != null) {
            citus.copy(template, name);
        } else {
            execute("create database " + name + " template " + template);
        }
        created.add(name);
        var s = server();
        return new Ledger(opened(name), PostgresDataSources.owner(s.urlOf(name), s.user(), s.password()));
    }

    /**
     * A new database migrated only up to {@code version}, as a ledger of an earlier release is: for upgrade
     * tests, which write what that release wrote and then start the current one over it.
     */
    public static synchronized Ledger freshLedgerMigratedTo(String version) {
        if (KIND == DatabaseKind.CITUS) {
            throw new UnsupportedOperationException("upgrade tests migrate one PostgreSQL step by step; not on Citus");
        }
        var name = "ledgerlens_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("create database " + name);
        created.add(name);
        var s = server();
        var owner = PostgresDataSources.owner(s.urlOf(name), s.user(), s.password());
        Flyway.configure().dataSource(owner).locations("classpath:db/migration").target(version).load().migrate();
        return new Ledger(opened(name), owner);
    }

    /**
     * The service's pool of database {@code name}, kept track of until the test that made it is over
     * ({@link TestDatabasesClosed}): a suite run against a shared server holds the connections of the tests that
     * are running, not of every test that ran.
     */
    private static DataSource opened(String name) {
        var s = server();
        var pool = PostgresDataSources.pooled(s.urlOf(name), s.user(), s.password(), POOL_SIZE);
        OPEN.put(SERIAL.getAndIncrement(), new Opened(pool, name));
        return pool;
    }

    /** Four connections, as before: enough for the tests that send from sixteen threads at once to queue, not fail. */
    private static final int POOL_SIZE = 4;
    private static final AtomicLong SERIAL = new AtomicLong();
    private static final Map<Long, Opened> OPEN = new ConcurrentSkipListMap<>();

    private record Opened(HikariDataSource pool, String database) {
    }

    /** Where the databases made from now on begin: what {@link #closeSince} is given. */
    static long mark() {
        return SERIAL.get();
    }

    /** Closes the pools of the databases made since {@code mark} and drops those databases. */
    static void closeSince(long mark) {
        var since = ((ConcurrentSkipListMap<Long, Opened>) OPEN).tailMap(mark);
        for (var entry : since.entrySet()) {
            entry.getValue().pool().close();
            try {
                drop(entry.getValue().database());
                created.remove(entry.getValue().database());
            } catch (RuntimeException ignored) {
                // dropped at exit instead
            }
            since.remove(entry.getKey());
        }
    }

    /** A test database: {@code service} as the service connects, {@code owner} as migrations and an operator's console do. */
    public record Ledger(DataSource service, DataSource owner) {
    }

    /** One PostgreSQL, or a Citus coordinator ({@code -Dledgerlens.test.db-kind=citus}): what the test databases are. */
    public static DatabaseKind kind() {
        return KIND;
    }

    /** A store over {@code dataSource}, a test database's pool, speaking the test databases' {@link #kind()}. */
    public static LedgerStore storeOn(DataSource dataSource) {
        return LedgerStore.on(dataSource, KIND);
    }

    /** Which server the tests run on, for messages and for tests that start the service themselves. */
    public static synchronized Server server() {
        if (server == null) {
            server = configuredServer();
            if (server == null && KIND == DatabaseKind.CITUS) {
                throw new IllegalStateException(KIND_PROPERTY + "=citus needs " + URL_PROPERTY
                        + "=jdbc:postgresql://host:port/database of a Citus coordinator (bench/citus/up.sh makes one)");
            }
            if (server == null) {
                server = embeddedServer();
            }
            if (KIND == DatabaseKind.CITUS) {
                citus = CitusNodes.of(server);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::dropCreatedDatabases));
        }
        return server;
    }

    private static String template() {
        if (template == null) {
            template = "ledgerlens_template_" + UUID.randomUUID().toString().replace("-", "");
            var s = server();
            created.add(template);
            if (citus != null) {
                citus.makeTemplate(template);
            } else {
                execute("create database " + template);
                LedgerSchema.migrate(PostgresDataSources.owner(s.urlOf(template), s.user(), s.password()));
            }
        }
        return template;
    }

    private static DatabaseKind configuredKind() {
        var kind = System.getProperty(KIND_PROPERTY, System.getenv(KIND_VARIABLE));
        if (kind == null || kind.isBlank() || kind.equalsIgnoreCase("postgresql")) {
            return DatabaseKind.POSTGRESQL;
        }
        if (kind.equalsIgnoreCase("citus")) {
            return DatabaseKind.CITUS;
        }
        throw new IllegalStateException(KIND_PROPERTY + " is 'postgresql' (the default) or 'citus', not '" + kind + "'");
    }

    private static Server configuredServer() {
        var url = System.getProperty(URL_PROPERTY, System.getenv(URL_VARIABLE));
        if (url == null || url.isBlank()) {
            return null;
        }
        var slash = url.lastIndexOf('/');
        var query = url.indexOf('?');
        var database = url.substring(slash + 1, query > slash ? query : url.length());
        return new Server(url.substring(0, slash + 1), System.getProperty("ledgerlens.test.db-user", "postgres"),
                System.getProperty("ledgerlens.test.db-password", ""), database);
    }

    private static Server embeddedServer() {
        try {
            var postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary cluster goes with it
                }
            }));
            return new Server("jdbc:postgresql://localhost:" + postgres.getPort() + "/", "postgres", "", "postgres");
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", failure);
        }
    }

    private static void execute(String sql) {
        var s = server();
        try (var connection = DriverManager.getConnection(s.urlOf(s.adminDatabase()), s.user(), s.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not run '" + sql + "' on " + s.baseUrl(), failure);
        }
    }

    private static void drop(String database) {
        if (citus != null) {
            citus.drop(database);
        } else {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    private static void dropCreatedDatabases() {
        for (var name : created) {
            try {
                drop(name);
            } catch (RuntimeException ignored) {
                // best effort at exit: an embedded server is discarded anyway
            }
        }
    }
}

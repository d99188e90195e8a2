package io.ledgerlens.adapter.persistence.database;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a PostgreSQL database to the current ledger schema with the Flyway migrations shipped in this jar. */
public final class LedgerSchema {

    /** Every database's migrations. */
    private static final String MIGRATIONS = "classpath:db/migration";
    /** A Citus cluster's steps besides (distributing the tables): numbered among the others, as V23_1 after V23. */
    private static final String CITUS_MIGRATIONS = "classpath:db/citus";

    private LedgerSchema() {
    }

    /**
     * Applies every pending migration of one PostgreSQL; returns how many were applied.
     *
     * @param dataSource connections as the schema's owner ({@link PostgresDataSources#owner})
     * @return how many migrations were applied; none for a schema already current
     * @throws IllegalStateException if the database runs Citus (start with {@code --citus})
     */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, DatabaseKind.POSTGRESQL);
    }

    /**
     * Applies every pending migration for a database of {@code kind}; returns how many were applied. A database
     * that is not of that kind is refused before anything is applied: a Citus coordinator served as one PostgreSQL
     * would keep every table on the coordinator, and a fence set for Citus needs its migrations.
     *
     * @param dataSource connections as the schema's owner ({@link PostgresDataSources#owner})
     * @param kind one PostgreSQL, or a Citus coordinator with its workers added
     * @return how many migrations were applied; none for a schema already current
     * @throws IllegalStateException if the database is not of {@code kind}
     */
    public static int migrate(DataSource dataSource, DatabaseKind kind) {
        var citus = runsCitus(dataSource);
        if (citus && kind != DatabaseKind.CITUS) {
            throw new IllegalStateException("this database runs Citus (its extension is installed): start LedgerLens with"
                    + " --citus, or the tables would stay on the coordinator and the tenant fence would not reach the workers");
        }
        if (!citus && kind == DatabaseKind.CITUS) {
            throw new IllegalStateException("--citus needs a Citus coordinator: this database has no Citus extension"
                    + " (create extension citus, then add the workers with citus_add_node)");
        }
        var locations = kind == DatabaseKind.CITUS ? new String[] {MIGRATIONS, CITUS_MIGRATIONS} : new String[] {MIGRATIONS};
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    private static boolean runsCitus(DataSource dataSource) {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select exists(select from pg_extension where extname = 'citus')")) {
            return rows.next() && rows.getBoolean(1);
        } catch (SQLException unreachable) {
            // Flyway reports an unreachable database in its own words, next.
            return false;
        }
    }
}

package io.ledgerlens.adapter.persistence.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a PostgreSQL database to the current ledger schema with the Flyway migrations shipped in this jar. */
public final class LedgerSchema {

    private LedgerSchema() {
    }

    /**
     * Applies every pending migration; returns how many were applied.
     *
     * @param dataSource connections as the schema's owner ({@link PostgresDataSources#owner})
     * @return how many migrations were applied; none for a schema already current
     */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}

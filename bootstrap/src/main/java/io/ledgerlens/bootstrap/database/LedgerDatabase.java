package io.ledgerlens.bootstrap.database;

import javax.sql.DataSource;

/**
 * The PostgreSQL the service runs on, embedded or external, and how to let
 * go of it at shutdown. Two doors: the service's pool, whose connections run
 * as the role that row-level security fences, and the owner's connections,
 * which migrate the schema (see PostgresDataSources).
 */
public interface LedgerDatabase extends AutoCloseable {

    /** The service's pool, as the fenced role ledgerlens_app; ask for it only once the schema is migrated. */
    DataSource dataSource();

    /** Connections as the login user, who owns the schema: for migrations. */
    DataSource ownerDataSource();

    /** Where the data is, for the start-up message (never a password). */
    String description();

    @Override
    void close();

    /** A database whose pool belongs to the caller (an embedding service, a test): closing it leaves the pool open. */
    static LedgerDatabase over(DataSource dataSource, DataSource ownerDataSource, String description) {
        return new LedgerDatabase() {
            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public DataSource ownerDataSource() {
                return ownerDataSource;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void close() {
                // the caller closes its own pool
            }
        };
    }
}

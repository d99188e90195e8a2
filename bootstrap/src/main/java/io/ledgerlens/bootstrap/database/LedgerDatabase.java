package io.ledgerlens.bootstrap.database;

import javax.sql.DataSource;

/**
 * The PostgreSQL the service runs on, embedded or external, and how to let
 * go of it at shutdown.
 */
public interface LedgerDatabase extends AutoCloseable {

    DataSource dataSource();

    /** Where the data is, for the start-up message (never a password). */
    String description();

    @Override
    void close();

    /** A database whose pool belongs to the caller (an embedding service, a test): closing it leaves the pool open. */
    static LedgerDatabase over(DataSource dataSource, String description) {
        return new LedgerDatabase() {
            @Override
            public DataSource dataSource() {
                return dataSource;
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

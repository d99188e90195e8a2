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
}

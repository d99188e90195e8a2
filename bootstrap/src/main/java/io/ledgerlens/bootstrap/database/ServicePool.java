package io.ledgerlens.bootstrap.database;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.adapter.persistence.database.PostgresDataSources;

/**
 * The service's pool, opened on first use: its connections switch to the
 * role that migration V5 creates, so opening it before the migration ran would
 * fill the log with failed connection attempts.
 */
final class ServicePool {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int size;
    private HikariDataSource pool;

    ServicePool(String jdbcUrl, String user, String password, int size) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.size = size;
    }

    synchronized HikariDataSource get() {
        if (pool == null) {
            pool = PostgresDataSources.pooled(jdbcUrl, user, password, size);
        }
        return pool;
    }

    synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }
}

package io.ledgerlens.bootstrap.database;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import javax.sql.DataSource;

/** A PostgreSQL server of the operator's, reached through a connection pool. */
public final class ExternalPostgres implements LedgerDatabase {

    private final HikariDataSource pool;
    private final String url;

    public ExternalPostgres(String jdbcUrl, String user, String password, int poolSize) {
        this.url = jdbcUrl;
        this.pool = PostgresDataSources.pooled(jdbcUrl, user, password, poolSize);
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public String description() {
        return "PostgreSQL at " + url;
    }

    @Override
    public void close() {
        pool.close();
    }
}

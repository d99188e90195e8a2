package io.ledgerlens.bootstrap.database;

import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import javax.sql.DataSource;

/** A PostgreSQL server of the operator's, reached through a connection pool. */
public final class ExternalPostgres implements LedgerDatabase {

    private final ServicePool pool;
    private final DataSource owner;
    private final String url;

    public ExternalPostgres(String jdbcUrl, String user, String password, int poolSize) {
        this.url = jdbcUrl;
        this.pool = new ServicePool(jdbcUrl, user, password, poolSize);
        this.owner = PostgresDataSources.owner(jdbcUrl, user, password);
    }

    @Override
    public DataSource dataSource() {
        return pool.get();
    }

    @Override
    public DataSource ownerDataSource() {
        return owner;
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

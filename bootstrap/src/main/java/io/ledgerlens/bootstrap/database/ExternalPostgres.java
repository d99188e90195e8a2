package io.ledgerlens.bootstrap.database;

import io.ledgerlens.adapter.persistence.access.KeyEncryptionKeys;
import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import javax.sql.DataSource;

/** A PostgreSQL server of the operator's, reached through a connection pool, with the key-encryption keys the operator gave. */
public final class ExternalPostgres implements LedgerDatabase {

    private final ServicePool pool;
    private final DataSource owner;
    private final String url;
    private final KeyEncryptionKeys keys;
    private final DatabaseKind kind;

    /**
     * Connects to nothing yet: the service's pool opens on first use, once the schema is migrated.
     *
     * @param jdbcUrl the server and database, as {@code --db-url} gives them
     * @param user the login that owns (or is to own) the schema
     * @param password that login's password
     * @param poolSize the connections of the service's pool
     * @param keys the key-encryption keys that open the token signing keys stored there
     */
    public ExternalPostgres(String jdbcUrl, String user, String password, int poolSize, KeyEncryptionKeys keys) {
        this(jdbcUrl, user, password, poolSize, keys, DatabaseKind.POSTGRESQL);
    }

    /**
     * Connects to nothing yet: the service's pool opens on first use, once the schema is migrated.
     *
     * @param jdbcUrl the server and database, as {@code --db-url} gives them
     * @param user the login that owns (or is to own) the schema
     * @param password that login's password
     * @param poolSize the connections of the service's pool
     * @param keys the key-encryption keys that open the token signing keys stored there
     * @param kind one PostgreSQL, or the coordinator of a Citus cluster ({@code --citus})
     */
    public ExternalPostgres(String jdbcUrl, String user, String password, int poolSize, KeyEncryptionKeys keys,
                            DatabaseKind kind) {
        this.url = jdbcUrl;
        this.keys = keys;
        this.kind = kind;
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
    public KeyEncryptionKeys keyEncryptionKeys() {
        return keys;
    }

    @Override
    public DatabaseKind kind() {
        return kind;
    }

    @Override
    public String description() {
        return (kind == DatabaseKind.CITUS ? "Citus coordinator at " : "PostgreSQL at ") + url;
    }

    @Override
    public void close() {
        pool.close();
    }
}

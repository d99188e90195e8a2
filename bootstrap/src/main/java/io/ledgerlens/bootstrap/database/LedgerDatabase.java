package io.ledgerlens.bootstrap.database;

import io.ledgerlens.adapter.persistence.access.KeyEncryptionKeys;
import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import javax.sql.DataSource;

/**
 * The PostgreSQL the service runs on, embedded or external, the key that
 * opens the secrets it keeps sealed, and how to let go of it at shutdown. Two
 * doors: the service's pool, whose connections run as the role that
 * row-level security fences, and the owner's connections, which migrate the
 * schema (see PostgresDataSources) and seal stored keys anew.
 */
public interface LedgerDatabase extends AutoCloseable {

    /**
     * The service's pool, as the fenced role ledgerlens_app; ask for it only once the schema is migrated.
     *
     * @return the pool every tenant's request runs on
     */
    DataSource dataSource();

    /**
     * Connections as the login user, who owns the schema: for migrations and re-sealing stored keys.
     *
     * @return connections that no tenant fence holds; never handed to the HTTP routes
     */
    DataSource ownerDataSource();

    /**
     * The key-encryption keys that seal the token signing keys stored in this database: never in the
     * database itself, so that its rows alone mint no token.
     *
     * @return the key that seals, and during a rotation the old one that only opens
     */
    KeyEncryptionKeys keyEncryptionKeys();

    /**
     * One PostgreSQL, or a Citus coordinator ({@code --citus}): which migrations apply and how the fence travels.
     *
     * @return the kind of database; one PostgreSQL unless said otherwise
     */
    default DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    /**
     * Where the data is, for the start-up message (never a password).
     *
     * @return the data directory or the JDBC URL, in a few words
     */
    String description();

    @Override
    void close();

    /**
     * A database whose pool belongs to the caller (an embedding service, a test): closing it leaves the pool open.
     *
     * @param dataSource the caller's pool, whose connections run as the fenced role
     * @param ownerDataSource connections as the schema's owner
     * @param keys the key-encryption keys that open the token signing keys stored there
     * @param description where the data is, for messages (never a password)
     * @return the database, whose {@code close()} does nothing
     */
    static LedgerDatabase over(DataSource dataSource, DataSource ownerDataSource, KeyEncryptionKeys keys,
                               String description) {
        return over(dataSource, ownerDataSource, keys, description, DatabaseKind.POSTGRESQL);
    }

    /**
     * As {@link #over(DataSource, DataSource, KeyEncryptionKeys, String)}, on a database of {@code kind}: a Citus
     * coordinator's pools ({@code --citus}'s migrations, the fence that reaches the workers).
     *
     * @param dataSource the caller's pool, whose connections run as the fenced role
     * @param ownerDataSource connections as the schema's owner
     * @param keys the key-encryption keys that open the token signing keys stored there
     * @param description where the data is, for messages (never a password)
     * @param kind one PostgreSQL or a Citus coordinator
     * @return the database, whose {@code close()} does nothing
     */
    static LedgerDatabase over(DataSource dataSource, DataSource ownerDataSource, KeyEncryptionKeys keys,
                               String description, DatabaseKind kind) {
        return new LedgerDatabase() {
            @Override
            public DatabaseKind kind() {
                return kind;
            }

            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public DataSource ownerDataSource() {
                return ownerDataSource;
            }

            @Override
            public KeyEncryptionKeys keyEncryptionKeys() {
                return keys;
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

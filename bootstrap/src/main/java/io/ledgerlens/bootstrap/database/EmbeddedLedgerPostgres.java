package io.ledgerlens.bootstrap.database;

import io.ledgerlens.adapter.persistence.access.KeyEncryptionKeys;
import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import io.ledgerlens.bootstrap.access.KeyEncryptionKeyFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A PostgreSQL started in-process from binaries shipped in the jar, so that
 * the service runs with nothing installed. Its data directory is kept, so the
 * ledger survives restarts; only one process may use it at a time.
 *
 * <p>It is a production database, not a test one: durable ({@link #DURABLE}),
 * and closed to all but the service (see {@link LoopbackWithPassword}).
 *
 * <p>Unless given one, it keeps its key-encryption key in a file of that
 * directory ({@link #KEY_FILE}, owner read/write only), made on first start:
 * nothing to configure, and a dump of the database holds no usable signing key.
 */
public final class EmbeddedLedgerPostgres implements LedgerDatabase {

    private final EmbeddedPostgres postgres;
    private final ServicePool pool;
    private final DataSource owner;
    private final Path dataDirectory;
    private final KeyEncryptionKeys keys;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Zonky starts PostgreSQL for tests: {@code -F} (no fsync) and {@code synchronous_commit=off}. A ledger
     * acknowledges an event only once it is on disk, and a torn page after a power cut must be repairable:
     * these come after {@code -F} on the command line, so they win.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    /** The file in the data directory that holds the embedded default's key-encryption key. */
    public static final String KEY_FILE = "ledgerlens-key-encryption-key";

    private EmbeddedLedgerPostgres(EmbeddedPostgres postgres, ServicePool pool, DataSource owner, Path dataDirectory,
                                   KeyEncryptionKeys keys) {
        this.postgres = postgres;
        this.pool = pool;
        this.owner = owner;
        this.dataDirectory = dataDirectory;
        this.keys = keys;
    }

    /**
     * Where the embedded default keeps its key-encryption key in {@code dataDirectory}.
     *
     * @param dataDirectory the embedded PostgreSQL's data directory
     * @return the key file's path; the file exists only once the database has started there
     */
    public static Path keyFileIn(Path dataDirectory) {
        return dataDirectory.resolve(KEY_FILE);
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, creating the cluster on first use, with the key-encryption
     * key kept in that directory (made on first use).
     *
     * @param dataDirectory the data directory, created if missing; one process at a time
     * @param poolSize the connections of the service's pool, opened on first use
     * @return the running database, stopped at exit unless closed first
     * @throws java.io.UncheckedIOException if PostgreSQL does not start there (another LedgerLens on it, a changed
     *         password file)
     */
    public static EmbeddedLedgerPostgres start(Path dataDirectory, int poolSize) {
        return start(dataDirectory, poolSize, started -> KeyEncryptionKeys.of(KeyEncryptionKeyFile.readOrCreate(keyFileIn(started))));
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, creating the cluster on first use, with the operator's {@code keys}.
     *
     * @param dataDirectory the data directory, created if missing; one process at a time
     * @param poolSize the connections of the service's pool, opened on first use
     * @param keys the key-encryption keys the operator gave; no key file is made in the directory
     * @return the running database, stopped at exit unless closed first
     * @throws java.io.UncheckedIOException if PostgreSQL does not start there (another LedgerLens on it, a changed
     *         password file)
     */
    public static EmbeddedLedgerPostgres start(Path dataDirectory, int poolSize, KeyEncryptionKeys keys) {
        return start(dataDirectory, poolSize, started -> keys);
    }

    private static EmbeddedLedgerPostgres start(Path dataDirectory, int poolSize, Function<Path, KeyEncryptionKeys> keysOnceStarted) {
        EmbeddedPostgres postgres;
        LoopbackWithPassword doors;
        try {
            Files.createDirectories(dataDirectory);
            doors = LoopbackWithPassword.of(dataDirectory);
            var binaries = UnpackedPostgresBinaries.SHIPPED;
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Closed by the ShutdownSequence, after the HTTP server has drained: not by a hook of its own.
                    .setRegisterShutdownHook(false)
                    .setPgBinaryResolver(binaries)
                    .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                    .setConnectConfig("password", doors.password())
                    .setDataDirectoryCustomizer(initialised -> doors.closeTheDoors(binaries));
            DURABLE.forEach(builder::setServerConfig);
            LoopbackWithPassword.serverSettings().forEach(builder::setServerConfig);
            postgres = builder.start();
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory
                    + " (is another LedgerLens using it? does " + LoopbackWithPassword.PASSWORD_FILE
                    + " still hold the password it was made with?)", failure);
        }
        KeyEncryptionKeys keys;
        try {
            // Only once PostgreSQL is up: on first use it initialises the directory, which must be empty then.
            keys = keysOnceStarted.apply(dataDirectory);
        } catch (RuntimeException failure) {
            closeQuietly(postgres);
            throw failure;
        }
        var url = postgres.getJdbcUrl("postgres", "postgres");
        var started = new EmbeddedLedgerPostgres(postgres, new ServicePool(url, "postgres", doors.password(), poolSize),
                PostgresDataSources.owner(url, "postgres", doors.password()), dataDirectory, keys);
        ShutdownSequence.closeAtExit(started);
        return started;
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

    /** The loopback port PostgreSQL listens on. */
    int port() {
        return postgres.getPort();
    }

    @Override
    public String description() {
        return "embedded PostgreSQL, data in " + dataDirectory;
    }

    /** Closes the pool, then stops PostgreSQL (a fast shutdown: it finishes no transaction, none is left). Once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        pool.close();
        closeQuietly(postgres);
        ShutdownSequence.closed(this);
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // shutting down: PostgreSQL's own shutdown log says what went wrong
        }
    }
}

package io.ledgerlens.bootstrap.database;

import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A PostgreSQL started in-process from binaries shipped in the jar, so that
 * the service runs with nothing installed. Its data directory is kept, so the
 * ledger survives restarts; only one process may use it at a time.
 */
public final class EmbeddedLedgerPostgres implements LedgerDatabase {

    private final EmbeddedPostgres postgres;
    private final ServicePool pool;
    private final DataSource owner;
    private final Path dataDirectory;

    private EmbeddedLedgerPostgres(EmbeddedPostgres postgres, ServicePool pool, DataSource owner, Path dataDirectory) {
        this.postgres = postgres;
        this.pool = pool;
        this.owner = owner;
        this.dataDirectory = dataDirectory;
    }

    /** Starts PostgreSQL on {@code dataDirectory}, creating the cluster on first use. */
    public static EmbeddedLedgerPostgres start(Path dataDirectory, int poolSize) {
        try {
            Files.createDirectories(dataDirectory);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
            var url = postgres.getJdbcUrl("postgres", "postgres");
            return new EmbeddedLedgerPostgres(postgres, new ServicePool(url, "postgres", "", poolSize),
                    PostgresDataSources.owner(url, "postgres", ""), dataDirectory);
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory
                    + " (is another LedgerLens using it?)", failure);
        }
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
        return "embedded PostgreSQL, data in " + dataDirectory;
    }

    @Override
    public void close() {
        pool.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // shutting down: PostgreSQL's own shutdown log says what went wrong
        }
    }
}

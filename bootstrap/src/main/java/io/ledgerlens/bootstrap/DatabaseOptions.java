package io.ledgerlens.bootstrap;

import io.ledgerlens.bootstrap.database.EmbeddedLedgerPostgres;
import io.ledgerlens.bootstrap.database.ExternalPostgres;
import io.ledgerlens.bootstrap.database.LedgerDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which PostgreSQL holds the ledger: every command that touches it takes these options. */
final class DatabaseOptions {

    @Option(names = "--db-url", defaultValue = "${env:LEDGERLENS_DB_URL}",
            description = "JDBC URL of a PostgreSQL to use, e.g. jdbc:postgresql://db:5432/ledger (env LEDGERLENS_DB_URL)."
                    + " Without it an embedded PostgreSQL runs in --data-dir.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:LEDGERLENS_DB_USER:-postgres}",
            description = "Database user (env LEDGERLENS_DB_USER, default ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:LEDGERLENS_DB_PASSWORD:-}",
            description = "Database password (env LEDGERLENS_DB_PASSWORD; prefer the variable, arguments show in ps).")
    String dbPassword;

    @Option(names = "--db-pool-size", defaultValue = "${env:LEDGERLENS_DB_POOL_SIZE:-10}",
            description = "Connections per instance (env LEDGERLENS_DB_POOL_SIZE, default ${DEFAULT-VALUE}).")
    int poolSize;

    @Option(names = "--data-dir", defaultValue = "${env:LEDGERLENS_DATA_DIR:-${sys:user.home}/.ledgerlens/data}",
            description = "Where the embedded PostgreSQL keeps the ledger (env LEDGERLENS_DATA_DIR, default ${DEFAULT-VALUE})."
                    + " Ignored with --db-url.")
    Path dataDir;

    /** Whether these options name a PostgreSQL of the operator's rather than the embedded one. */
    boolean isExternal() {
        return dbUrl != null && !dbUrl.isBlank();
    }

    /** The database these options name, started if it is the embedded one. */
    LedgerDatabase open(PrintWriter out) {
        if (isExternal()) {
            return new ExternalPostgres(dbUrl, dbUser, dbPassword, poolSize);
        }
        out.println("Starting the embedded PostgreSQL in " + dataDir + " ...");
        out.flush();
        return EmbeddedLedgerPostgres.start(dataDir, poolSize);
    }
}

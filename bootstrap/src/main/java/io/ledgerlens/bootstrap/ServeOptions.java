package io.ledgerlens.bootstrap;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How to run the service; every option can also come from the environment. */
final class ServeOptions {

    @Option(names = "--port", defaultValue = "${env:LEDGERLENS_PORT:-7070}",
            description = "HTTP port (env LEDGERLENS_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:LEDGERLENS_HOST:-0.0.0.0}",
            description = "Interface to listen on (env LEDGERLENS_HOST, default ${DEFAULT-VALUE}).")
    String host;

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

    @Option(names = "--org", defaultValue = "${env:LEDGERLENS_DEFAULT_ORG:-50672}",
            description = "The org every request acts for until authentication lands (env LEDGERLENS_DEFAULT_ORG,"
                    + " default ${DEFAULT-VALUE}, the demo retailer).")
    long defaultOrg;

    @Option(names = "--demo", description = "Load the demo dataset into an empty ledger and print curl commands to try.")
    boolean demo;
}

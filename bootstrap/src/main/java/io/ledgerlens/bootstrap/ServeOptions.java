package io.ledgerlens.bootstrap;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How to run the service; every option can also come from the environment. */
final class ServeOptions {

    @Option(names = "--port", defaultValue = "${env:LEDGERLENS_PORT:-7070}",
            description = "HTTP port (env LEDGERLENS_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:LEDGERLENS_HOST:-0.0.0.0}",
            description = "Interface to listen on (env LEDGERLENS_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--org", defaultValue = "${env:LEDGERLENS_DEFAULT_ORG:-50672}",
            description = "The org every request acts for until authentication lands (env LEDGERLENS_DEFAULT_ORG,"
                    + " default ${DEFAULT-VALUE}, the demo retailer).")
    long defaultOrg;

    @Option(names = "--demo", description = "Load the demo dataset into an empty ledger and print curl commands to try.")
    boolean demo;
}

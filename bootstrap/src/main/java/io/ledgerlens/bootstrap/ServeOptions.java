package io.ledgerlens.bootstrap;

import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How to run the service; every option can also come from the environment. */
final class ServeOptions {

    @Option(names = "--port", defaultValue = "${env:LEDGERLENS_PORT:-7070}",
            description = "HTTP port (env LEDGERLENS_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--management-port", defaultValue = "${env:LEDGERLENS_MANAGEMENT_PORT:-}",
            description = "Port of its own for GET /metrics (Prometheus) and the probes /health/live and /health/ready,"
                    + " to keep them inside the cluster (env LEDGERLENS_MANAGEMENT_PORT, default: the HTTP port, which"
                    + " then serves them too). The probes stay on the HTTP port either way.")
    String managementPort;

    @Option(names = "--host", defaultValue = "${env:LEDGERLENS_HOST:-0.0.0.0}",
            description = "Interface to listen on (env LEDGERLENS_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--rate-limit", defaultValue = "${env:LEDGERLENS_RATE_LIMIT:-100}",
            description = "Requests per second one credential may make, in bursts of as many; past it, 429 with"
                    + " Retry-After (env LEDGERLENS_RATE_LIMIT, default ${DEFAULT-VALUE}). Counted per instance.")
    long rateLimit;

    @Option(names = "--failed-sign-in-limit", defaultValue = "${env:LEDGERLENS_FAILED_SIGN_IN_LIMIT:-30}",
            description = "Failed sign-ins (bad password, key or token) one username, key or token may make per minute"
                    + " from one client address; past it, 429 before any check (env LEDGERLENS_FAILED_SIGN_IN_LIMIT,"
                    + " default ${DEFAULT-VALUE}). Counted per instance.")
    long failedSignInLimit;

    @Option(names = "--trusted-proxies", split = ",", defaultValue = "${env:LEDGERLENS_TRUSTED_PROXIES:-}",
            description = "Load balancers or proxies in front of the service, as addresses or CIDR blocks, comma-separated"
                    + " (e.g. 10.0.0.0/8); from these only, X-Forwarded-For tells the client address failed sign-ins are"
                    + " counted by (env LEDGERLENS_TRUSTED_PROXIES, default none: the header is ignored).")
    List<String> trustedProxies = List.of();

    @Option(names = "--token-mint-limit", defaultValue = "${env:LEDGERLENS_TOKEN_MINT_LIMIT:-60}",
            description = "Tokens one API client may get per minute at POST /v3/oauth/token/generate, in bursts of as many;"
                    + " past it, 429 with Retry-After (env LEDGERLENS_TOKEN_MINT_LIMIT, default ${DEFAULT-VALUE})."
                    + " Counted per instance.")
    long tokenMintLimit;

    @Option(names = "--max-body-bytes", defaultValue = "${env:LEDGERLENS_MAX_BODY_BYTES:-1000000}",
            description = "Largest request body accepted; larger ones get 413 (env LEDGERLENS_MAX_BODY_BYTES,"
                    + " default ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--max-header-bytes", defaultValue = "${env:LEDGERLENS_MAX_HEADER_BYTES:-8192}",
            description = "Largest request line plus headers accepted; larger get 431 (env LEDGERLENS_MAX_HEADER_BYTES,"
                    + " default ${DEFAULT-VALUE}).")
    int maxHeaderBytes;

    @Option(names = "--time-zone", defaultValue = "${env:LEDGERLENS_TIME_ZONE:-UTC}",
            description = "The deployment's time zone: explode renders every timestamp in it, whatever the org's zone"
                    + " (env LEDGERLENS_TIME_ZONE, default ${DEFAULT-VALUE}; e.g. Asia/Kolkata).")
    String timeZone;

    @Option(names = "--drain-timeout", defaultValue = "${env:LEDGERLENS_DRAIN_TIMEOUT:-20}",
            description = "On SIGTERM, stop accepting and wait up to this many seconds for the requests in flight to"
                    + " finish before closing connections and the database (env LEDGERLENS_DRAIN_TIMEOUT,"
                    + " default ${DEFAULT-VALUE}; 0 closes at once).")
    long drainTimeoutSeconds;

    @Option(names = LogFormat.OPTION, defaultValue = "${env:LEDGERLENS_LOG_FORMAT:-}",
            description = "Log lines as json (one object a line) or text (env LEDGERLENS_LOG_FORMAT; default: text on a"
                    + " terminal, json otherwise). Logs go to standard error; levels are set in logback.xml"
                    + " (-Dlogback.configurationFile to replace it).")
    String logFormat;

    @Option(names = "--demo", description = "Load the demo dataset into an empty ledger and print curl commands to try."
            + " Its credentials are public (they are in the README): on --db-url it needs --demo-on-external-database.")
    boolean demo;

    @Option(names = "--demo-on-external-database",
            description = "Allow --demo on a --db-url database: it adds two orgs whose credentials anyone who read the README knows.")
    boolean demoOnExternalDatabase;
}

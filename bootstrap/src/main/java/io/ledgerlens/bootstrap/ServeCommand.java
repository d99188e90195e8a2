package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.explode.JooqLoadOrg;
import io.ledgerlens.bootstrap.database.LedgerDatabase;
import io.ledgerlens.bootstrap.database.ShutdownSequence;
import io.ledgerlens.bootstrap.demo.DemoCredentials;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import io.ledgerlens.bootstrap.demo.DemoTour;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ledgerlens serve}: the HTTP service, on the embedded PostgreSQL unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the LedgerLens HTTP service (the default command).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ServeOptions options = new ServeOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return serve(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Starts the service as {@code options} say and returns once it is listening. */
    static int serve(ServeOptions options, PrintWriter out, PrintWriter err) {
        ServiceSettings settings;
        try {
            settings = ServiceSettings.of(options);
        } catch (IllegalArgumentException invalid) {
            err.println("Invalid settings: " + invalid.getMessage() + " (--rate-limit, --failed-sign-in-limit and"
                    + " --token-mint-limit are at least 1; --max-body-bytes and --max-header-bytes at least 1024;"
                    + " --drain-timeout is 0 or more; --time-zone is an IANA zone such as UTC or Asia/Kolkata;"
                    + " --trusted-proxies lists IP addresses or CIDR blocks; --management-port is a port number; --log-format is json or text)");
            return 2;
        }
        if (options.demo && options.database.external() && !options.demoOnExternalDatabase) {
            err.println("ledgerlens: --demo adds two orgs whose credentials are public (demo.till / ledgerlens-demo, see the README);"
                    + " on a --db-url database it also needs --demo-on-external-database");
            return 2;
        }
        var database = options.database.open(out);
        LedgerLensService service;
        try {
            service = LedgerLensService.on(database, settings);
            if (options.demo) {
                loadDemo(database, service, out);
            }
            service.start(options.host, options.port);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
        // On SIGTERM: stop accepting, drain the requests in flight, then close the pool and the database.
        ShutdownSequence.closeAtExit(service);
        var base = "http://localhost:" + service.port();
        out.println("LedgerLens is listening on " + base + " (" + database.description() + ").");
        out.println("Metrics: " + service.managementPort().map(port -> "http://localhost:" + port).orElse(base)
                + "/metrics (Prometheus); probes /health/live and /health/ready.");
        out.println("Token signing keys are sealed under key-encryption key " + database.keyEncryptionKeys().describe() + ".");
        out.println(signInChecks(service, settings));
        out.println("Every API call needs a credential: `ledgerlens credentials create --help`. Stop with Ctrl+C.");
        if (options.demo) {
            out.println();
            out.println(DemoTour.commands(service.explode(), base));
        }
        out.flush();
        return 0;
    }

    /** How sign-ins are checked and counted here: what an operator sizing or debugging an instance wants to know. */
    private static String signInChecks(LedgerLensService service, ServiceSettings settings) {
        var proxies = settings.accessLimits().clientAddresses().trustedProxies();
        return "Sign-ins: at most " + service.secrets().checksAtOnce() + " Argon2id checks at once (19 MiB each, heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); failures counted per name and client address, "
                + (proxies.isEmpty() ? "the peer's (X-Forwarded-For ignored: no --trusted-proxies)"
                : "from X-Forwarded-For behind " + String.join(", ", proxies)) + ".";
    }

    private static void loadDemo(LedgerDatabase database, LedgerLensService service, PrintWriter out) {
        if (DemoDataset.isLoaded(new JooqLoadOrg(LedgerStore.on(database.dataSource(), database.kind())))) {
            out.println("The demo dataset is already in this ledger.");
        } else {
            DemoDataset.load(service.orgTree(), service.registration(), service.recorder());
            DemoCredentials.issue(service.credentials(), service.secrets());
            out.println("Loaded the demo dataset: orgs " + DemoDataset.RETAILER + " (retailer) and "
                    + DemoDataset.OUTLET + " (its outlet).");
        }
    }
}

package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.web.recording.EventInputParser;
import io.ledgerlens.adapter.web.recording.EventInputReader;
import io.ledgerlens.bootstrap.demo.ScaleDataset;
import io.ledgerlens.bootstrap.importing.RecordingLanes;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ledgerlens demo}: a reproducible dataset of any size. Profiles (orgs,
 * customers, households) always go to the database; events go there too, or,
 * with {@code --out}, to JSON Lines files (one per org) for {@code ledgerlens import}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate a reproducible dataset: connected orgs, customers, households and events of every kind.",
                "Orgs, customers and households are written to the database; events too, or with --out to one JSON Lines"
                        + " file per org, ready for 'ledgerlens import'."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--org", required = true, paramLabel = "ORG_ID",
            description = "The id of the first org to create (the root; the others are numbered after it). No default:"
                    + " the generator only writes into orgs it creates, none of them registered yet.")
    long firstOrg;

    @Option(names = "--orgs", defaultValue = "2", description = "Connected orgs (default ${DEFAULT-VALUE}).")
    int orgs;

    @Option(names = "--customers", defaultValue = "1000", description = "Customers in all (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--events", defaultValue = "10000", description = "Events in all (default ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--seed", defaultValue = "1", description = "Same seed, same dataset (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", description = "Write events to FILE (one file per org: FILE, FILE.2, ...) instead of the database.")
    Path out;

    @Option(names = "--batch-size", defaultValue = "1000", description = "Events per transaction (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--writers", defaultValue = "2",
            description = "Database connections writing events at once (default ${DEFAULT-VALUE}).")
    int writers;

    @Option(names = "--metrics-file", paramLabel = "FILE",
            description = {"Keep the generator's figures in FILE, in Prometheus text format, rewritten every "
                    + JobMetricsFile.REWRITE_EVERY_SECONDS + " s and at the end (for node_exporter's textfile collector):",
                    "ledgerlens_generator_{customers,households,events}_total, ledgerlens_generator_events_per_second,"
                            + " ledgerlens_generator_duration_seconds, ledgerlens_generator_finished."})
    Path metricsFile;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var print = spec.commandLine().getOut();
        if (firstOrg < 1 || orgs < 1 || customers < orgs || events < 0 || batchSize < 1 || writers < 1) {
            spec.commandLine().getErr().println("ledgerlens: --org a positive org id, --orgs >= 1, --customers >= --orgs,"
                    + " --events >= 0, --batch-size >= 1, --writers >= 1");
            return 2;
        }
        var opened = JobMetricsFile.forCommand(metricsFile, "generator", spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return 2;
        }
        var figures = opened.get();
        var customersWritten = new AtomicLong();
        var householdsWritten = new AtomicLong();
        var eventsWritten = new AtomicLong();
        figures.count("customers", "Customers registered", customersWritten::get);
        figures.count("households", "Households (user groups) formed", householdsWritten::get);
        figures.count("events", "Events written, to the database or to --out", eventsWritten::get);
        figures.rate("events", "Events written per second of the generator's run", eventsWritten::get);
        var dataset = new ScaleDataset(firstOrg, orgs, customers, seed);
        try (figures; var service = LedgerLensService.on(database.open(print))) {
            print.printf("Creating orgs %d to %d, writing %,d customers ...%n", firstOrg, firstOrg + orgs - 1, customers);
            print.flush();
            for (var org : dataset.orgsToCreate()) {
                var refused = OrgsCommand.whyNot(service.orgTree().create(org));
                if (refused.isPresent()) {
                    spec.commandLine().getErr().println("ledgerlens: cannot create org " + org.id() + ": " + refused.get()
                            + ". The generator writes only into orgs it creates; choose another --org.");
                    return 3;
                }
            }
            var profiles = dataset.recordProfiles(service.registration().customers(), service.registration().userGroups());
            customersWritten.set(profiles.customers());
            householdsWritten.set(profiles.households());
            print.printf("%,d customers in %.1f s (%,.0f per second), %,d households in %.1f s (%,.0f per second).%n",
                    profiles.customers(), profiles.customerSeconds(), profiles.customersPerSecond(),
                    profiles.households(), profiles.householdSeconds(), profiles.householdsPerSecond());
            var started = System.nanoTime();
            var builder = new ProgressBarBuilder().setTaskName("Events").setInitialMax(events)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed();
            if (System.console() == null) {
                builder.hideEta().setUpdateIntervalMillis(Integer.MAX_VALUE);
            }
            long written;
            try (var bar = builder.build()) {
                written = out == null ? intoDatabase(dataset, service, bar, eventsWritten) : intoFiles(dataset, bar, eventsWritten);
            }
            var seconds = (System.nanoTime() - started) / 1e9;
            print.printf("%,d events in %.1f s (%,.0f per second).%n", written, seconds, written / Math.max(seconds, 1e-9));
            if (out != null) {
                for (int o = 0; o < orgs; o++) {
                    print.printf("  ledgerlens import %s --org %d%n", fileOf(o), dataset.org(o).value());
                }
            }
            print.printf("Try a customer: identifierName=id&identifierValue=%d&source=ALL (org %d).%n",
                    dataset.sampleCustomers().get(0), dataset.org(0).value());
            print.flush();
            return 0;
        }
    }

    private Path fileOf(int org) {
        return org == 0 ? out : Path.of(out + "." + (org + 1));
    }

    private long intoFiles(ScaleDataset dataset, ProgressBar bar, AtomicLong written) throws Exception {
        var parser = new EventInputParser();
        var writers = new ArrayList<BufferedWriter>();
        try {
            for (int o = 0; o < orgs; o++) {
                writers.add(Files.newBufferedWriter(fileOf(o), StandardCharsets.UTF_8));
            }
            for (long n = 0; n < events; n++) {
                var event = dataset.event(n);
                var writer = writers.get(event.orgIndex());
                writer.write(parser.write(event.input()));
                writer.newLine();
                bar.step();
                written.incrementAndGet();
            }
        } finally {
            for (var writer : writers) {
                writer.close();
            }
        }
        return events;
    }

    private long intoDatabase(ScaleDataset dataset, LedgerLensService service, ProgressBar bar, AtomicLong written)
            throws InterruptedException {
        var reader = new EventInputReader();
        var refused = new AtomicReference<String>();
        try (var lanes = new RecordingLanes(service.recording(), writers, batchSize, (lines, outcomes) -> {
            for (int i = 0; i < outcomes.size(); i++) {
                var outcome = outcomes.get(i);
                // The generator writes only events the ledger accepts: anything else is a bug to report, not skip.
                var refusal = "generated event " + lines.get(i) + " was refused: " + outcome;
                outcome.<Runnable>fold(
                                recorded -> () -> written.addAndGet(recorded.created() ? 1 : 0),
                                reused -> () -> refused.compareAndSet(null, refusal),
                                refusedEvent -> () -> refused.compareAndSet(null, refusal),
                                beyond -> () -> refused.compareAndSet(null, refusal),
                                unavailable -> () -> refused.compareAndSet(null, refusal))
                        .run();
            }
            bar.stepBy(outcomes.size());
        })) {
            for (long n = 0; n < events && !lanes.stopped() && refused.get() == null; n++) {
                var event = dataset.event(n);
                var org = dataset.org(event.orgIndex());
                final long number = n;
                lanes.submit(n, reader.read(org, event.input()).fold(
                        problems -> {
                            throw new IllegalStateException("generated event " + number + " is invalid: " + problems);
                        },
                        draft -> draft));
            }
            lanes.finish();
            if (lanes.stoppedAt().isPresent()) {
                throw new IllegalStateException("the database stopped answering; run the same command again");
            }
        }
        if (refused.get() != null) {
            throw new IllegalStateException(refused.get());
        }
        return written.get();
    }
}

package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.web.registration.RegistrationLines;
import io.ledgerlens.bootstrap.importing.EventImport;
import io.ledgerlens.bootstrap.importing.ImportReport;
import io.ledgerlens.domain.org.OrgId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ledgerlens import FILE}: bulk-loads events from a JSON Lines file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import events from a JSON Lines file: one event per line, the body of POST /v1/ledger/events,",
                "after any profiles and reference data, one PUT of the registration API per line:"
                        + " {\"register\": \"customer\", \"ids\": {\"customerId\": 1}, \"body\": {...}}.",
                "Restartable: events already in the ledger are skipped, so after a crash run the same command again.",
                "Exit code 0 when every line was imported or already present, 3 when some lines were rejected,"
                        + " 1 when the database stopped answering."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file to import.")
    Path file;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--org", required = true, paramLabel = "ORG_ID",
            description = "The org the events are recorded in; no default, so an import always says whose ledger it writes.")
    long org;

    @Option(names = "--batch-size", defaultValue = "1000",
            description = "Events written per transaction (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--writers", defaultValue = "2",
            description = "Database connections writing at once (default ${DEFAULT-VALUE}); each customer's events stay in file order.")
    int writers;

    @Option(names = "--metrics-file", paramLabel = "FILE",
            description = {"Keep the import's figures in FILE, in Prometheus text format, rewritten every "
                    + JobMetricsFile.REWRITE_EVERY_SECONDS + " s and at the end (for node_exporter's textfile collector):",
                    "ledgerlens_import_events_total{outcome=imported|already_present|rejected},"
                            + " ledgerlens_import_events_per_second, ledgerlens_import_duration_seconds,"
                            + " ledgerlens_import_finished."})
    Path metricsFile;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!Files.isReadable(file)) {
            err.println("ledgerlens: cannot read " + file);
            return 2;
        }
        if (org <= 0 || batchSize < 1 || writers < 1) {
            err.println("ledgerlens: --org must be a positive org id, --batch-size and --writers at least 1");
            return 2;
        }
        var opened = JobMetricsFile.forCommand(metricsFile, "import", err);
        if (opened.isEmpty()) {
            return 2;
        }
        var figures = opened.get();
        try (figures; var service = LedgerLensService.on(database.open(out))) {
            if (!OrgsCommand.isRegistered(service, org, err)) {
                return 2;
            }
            var importer = new EventImport(service.recording(), new RegistrationLines(service.registration()),
                    OrgId.of(org), batchSize, writers);
            var report = new ImportReport();
            countInto(figures, report);
            var started = System.nanoTime();
            if (System.console() != null) {
                withProgressBar(importer, report);
            } else {
                withoutTerminal(importer, report, out);
            }
            var seconds = (System.nanoTime() - started) / 1e9;
            out.println(report.summary());
            var lines = report.importedCount() + report.alreadyPresentCount() + report.rejectedCount();
            out.printf("%,.0f lines per second (%.1f s).%n", lines / Math.max(seconds, 1e-9), seconds);
            out.flush();
            if (report.stoppedAtLine().isPresent()) {
                return 1;
            }
            return report.rejectedCount() > 0 ? 3 : 0;
        }
    }

    private static void countInto(JobMetricsFile figures, ImportReport report) {
        var lines = "Lines of the file, by what became of them";
        figures.count("events", lines, report::importedCount, "outcome", "imported");
        figures.count("events", lines, report::alreadyPresentCount, "outcome", "already_present");
        figures.count("events", lines, report::rejectedCount, "outcome", "rejected");
        figures.rate("events", "Lines done (imported, already present or rejected) per second of the import",
                () -> report.importedCount() + report.alreadyPresentCount() + report.rejectedCount());
    }

    private ImportReport withProgressBar(EventImport importer, ImportReport report) throws Exception {
        var builder = new ProgressBarBuilder().setTaskName("Importing").setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(Files.size(file)).setUnit(" MB", 1024 * 1024).showSpeed();
        try (var in = ProgressBar.wrap(Files.newInputStream(file), builder);
             var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return importer.run(lines, report, done -> { });
        }
    }

    /** Off a terminal (CI, a pipe) a progress line every 100,000 lines instead of a bar. */
    private ImportReport withoutTerminal(EventImport importer, ImportReport report, PrintWriter out)
            throws Exception {
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var reported = new long[] {0};
            return importer.run(lines, report, done -> {
                if (done - reported[0] >= 100_000) {
                    reported[0] = done;
                    out.printf("  %,d lines read%n", done);
                    out.flush();
                }
            });
        }
    }
}

package io.ledgerlens.bootstrap;

import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.bootstrap.exporting.ExportResult;
import io.ledgerlens.bootstrap.exporting.LedgerFileExport;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ledgerlens export --org N [--since EVENT_ID] FILE}: one org's ledger as the JSON Lines file import reads. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export one org's ledger to a JSON Lines file in exactly the form 'ledgerlens import' reads: its"
                + " reference data, customers and user groups first (one registration line each), then its events in the"
                + " order they were recorded (one POST /v1/ledger/events body each).",
                "The file is written as FILE.part and renamed to FILE when whole; if the export stops, run the same"
                        + " command again: it resumes after the last complete line.",
                "Exit code 0 when the export is written, 3 when it holds events an import will reject (they are named),"
                        + " 2 when the org is unknown, --since is none of its events or FILE exists, 1 when the database stopped answering."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file to write; it must not exist.")
    Path file;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--org", required = true, paramLabel = "ORG_ID", description = "The org whose ledger is exported.")
    long org;

    @Option(names = "--since", defaultValue = "0", paramLabel = "EVENT_ID",
            description = {"Only the events recorded after this one, which must be one of the org's events: after it in"
                    + " the order they were recorded (the org's chain's), so an event with a lower id that committed"
                    + " later is not missed. Profiles and reference data are always written whole; an import skips what"
                    + " it already holds. A finished export prints the id to give next time."})
    long since;

    @Option(names = "--metrics-file", paramLabel = "FILE",
            description = {"Keep the export's figures in FILE, in Prometheus text format, rewritten every "
                    + JobMetricsFile.REWRITE_EVERY_SECONDS + " s and at the end (for node_exporter's textfile collector):",
                    "ledgerlens_export_events_total, ledgerlens_export_events_per_second,"
                            + " ledgerlens_export_duration_seconds, ledgerlens_export_finished."})
    Path metricsFile;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (org <= 0 || since < 0) {
            err.println("ledgerlens: --org must be a positive org id, --since an event id (or 0 for every event)");
            return 2;
        }
        var directory = file.toAbsolutePath().getParent();
        if (Files.exists(file) || directory == null || !Files.isDirectory(directory) || !Files.isWritable(directory)) {
            // Before the database is opened: a mistyped name fails at once, not after the embedded PostgreSQL starts.
            err.println("ledgerlens: " + (Files.exists(file) ? file + " exists: an export never writes over a file;"
                    + " remove it or name another" : directory + " is not a directory this process can write to"));
            return 2;
        }
        var opened = JobMetricsFile.forCommand(metricsFile, "export", err);
        if (opened.isEmpty()) {
            return 2;
        }
        var figures = opened.get();
        var written = new AtomicLong();
        figures.count("events", "Event lines written by this run", written::get);
        figures.rate("events", "Event lines written per second of the export", written::get);
        var finished = new AtomicBoolean();
        // A stop by Ctrl-C or a signal: the partial file stays, and the same command resumes it.
        var interrupted = new Thread(() -> {
            if (!finished.get()) {
                err.println("ledgerlens: the export stopped; run the same command again to resume it: " + resumeCommand());
                err.flush();
            }
        });
        Runtime.getRuntime().addShutdownHook(interrupted);
        try (figures; var service = LedgerLensService.on(database.open(out))) {
            var started = System.nanoTime();
            var export = new LedgerFileExport(service.exporter(), OrgId.of(org), since);
            var result = withProgress(export, written, out);
            finished.set(true);
            var seconds = (System.nanoTime() - started) / 1e9;
            return result.fold(refused -> {
                err.println("ledgerlens: " + refused);
                return 2;
            }, report -> {
                out.println(report.summary());
                out.printf("%,.0f events per second (%.1f s). Written to %s.%n",
                        report.eventCount() / Math.max(seconds, 1e-9), seconds, file);
                report.org().ifPresent(exported -> out.println(restoreHint(exported)));
                out.flush();
                return report.unrestorableCount() > 0 ? 3 : 0;
            });
        } catch (LedgerUnavailableException | UncheckedIOException stopped) {
            finished.set(true);
            err.printf("ledgerlens: the export stopped after %,d events of this run (%s); %s.part holds what was written:"
                    + " run the same command again to resume it: %s%n", written.get(), stopped.getMessage(), file, resumeCommand());
            return 1;
        } finally {
            finished.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs, or ran, and says what to do
            }
        }
    }

    private String resumeCommand() {
        return "ledgerlens export --org " + org + (since > 0 ? " --since " + since : "") + " " + file;
    }

    /** How to bring the export back: the org registered as it is here, then the file imported into it. */
    private String restoreHint(Org exported) {
        var settings = exported.settings();
        return "To restore it into an empty ledger:\n  ledgerlens orgs create " + exported.id().value() + " --name '"
                + exported.name().replace("'", "'\\''") + "' --time-zone " + settings.timeZone().getId()
                + (settings.sourceValueCapturing() ? " --source-value-capturing" : "")
                + exported.parent().map(parent -> " --parent " + parent.value()).orElse("")
                + "\n  ledgerlens import " + file + " --org " + exported.id().value();
    }

    /** A bar on a terminal; off one (CI, a pipe) a line every 100,000 events. */
    private ExportResult withProgress(LedgerFileExport export, AtomicLong written,
                                                                         PrintWriter out) throws java.io.IOException {
        if (System.console() == null) {
            return export.run(file, total -> {
                out.printf("Exporting %,d events of org %d ...%n", total, org);
                out.flush();
            }, done -> {
                written.set(done);
                if (done % 100_000 == 0) {
                    out.printf("  %,d events written%n", done);
                    out.flush();
                }
            });
        }
        var bar = new ProgressBarBuilder().setTaskName("Exporting").setStyle(ProgressBarStyle.ASCII).showSpeed().build();
        try (bar) {
            return export.run(file, bar::maxHint, done -> {
                written.set(done);
                bar.stepTo(done);
            });
        }
    }
}

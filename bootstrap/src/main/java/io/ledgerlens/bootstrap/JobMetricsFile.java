package io.ledgerlens.bootstrap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch job's figures ({@code import}, the generator) for Prometheus, kept in a file rather than served: the job
 * may end between two scrapes, and node_exporter's textfile collector (or any agent that reads such files) picks the
 * last figures up either way. The file is rewritten every few seconds while the job runs and once more at its end,
 * each time written aside and renamed over the old one, so a reader never sees half a file. Without a file nothing is
 * written and counting costs next to nothing.
 */
final class JobMetricsFile implements AutoCloseable {

    static final long REWRITE_EVERY_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(JobMetricsFile.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Optional<Path> file;
    private final String job;
    private final long startedNanos = System.nanoTime();
    private final AtomicBoolean finished = new AtomicBoolean();
    /** When the job ended, so that its duration and rates stay those of the run once it is over. */
    private volatile long endedNanos;
    private final ScheduledExecutorService rewriter;
    /** Micrometer's function counters hold what they read weakly; the job's counts must live as long as the file. */
    private final List<LongSupplier> counted = new CopyOnWriteArrayList<>();

    private JobMetricsFile(Optional<Path> file, String job) {
        this.file = file;
        this.job = job;
        Gauge.builder("ledgerlens." + job + ".duration", this::seconds).baseUnit("seconds")
                .description("How long the " + job + " has run, or ran").register(registry);
        Gauge.builder("ledgerlens." + job + ".finished", () -> finished.get() ? 1 : 0)
                .description("1 once the " + job + " has ended (whatever its outcome), 0 while it runs").register(registry);
        rewriter = file.map(path -> {
            var thread = Executors.newSingleThreadScheduledExecutor(task -> {
                var daemon = new Thread(task, "ledgerlens-" + job + "-metrics");
                daemon.setDaemon(true);
                return daemon;
            });
            thread.scheduleWithFixedDelay(this::write, REWRITE_EVERY_SECONDS, REWRITE_EVERY_SECONDS, TimeUnit.SECONDS);
            return thread;
        }).orElse(null);
    }

    /**
     * Figures of {@code job} written to {@code file}, or kept nowhere when {@code file} is null. Refused at once, with
     * the reason, when the file cannot be written: an operator learns that before a long import, not after it.
     */
    static JobMetricsFile of(Path file, String job) throws IOException {
        if (file != null) {
            var directory = file.toAbsolutePath().getParent();
            if (directory == null || !Files.isDirectory(directory) || !Files.isWritable(directory)) {
                throw new IOException("--metrics-file: " + directory + " is not a directory this process can write to");
            }
        }
        var metrics = new JobMetricsFile(Optional.ofNullable(file), job);
        metrics.write();
        return metrics;
    }

    /**
     * {@link #of}'s figures for a command, or empty when the file cannot be written, the reason printed on
     * {@code err}: the command then ends with exit 2, before it opens the database.
     */
    static Optional<JobMetricsFile> forCommand(Path file, String job, java.io.PrintWriter err) {
        try {
            return Optional.of(of(file, job));
        } catch (IOException refused) {
            err.println("ledgerlens: " + refused.getMessage());
            return Optional.empty();
        }
    }

    /** A counter read from {@code count}, e.g. {@code events} → {@code ledgerlens_import_events_total}. */
    void count(String name, String description, LongSupplier count, String... tags) {
        counted.add(count);
        FunctionCounter.builder("ledgerlens." + job + "." + name, count, LongSupplier::getAsLong)
                .description(description).tags(tags).register(registry);
    }

    /** {@code count} per second of the job's run so far, e.g. {@code events} → {@code ledgerlens_import_events_per_second}. */
    void rate(String name, String description, LongSupplier count) {
        Gauge.builder("ledgerlens." + job + "." + name + ".per.second", () -> count.getAsLong() / Math.max(seconds(), 1e-3))
                .description(description).register(registry);
    }

    private double seconds() {
        return ((finished.get() ? endedNanos : System.nanoTime()) - startedNanos) / 1e9;
    }

    private synchronized void write() {
        if (file.isEmpty()) {
            return;
        }
        var target = file.get().toAbsolutePath();
        var aside = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(aside, registry.scrape(), StandardCharsets.UTF_8);
            Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException failure) {
            // The figures are a view of the job, not part of it: a full disk must not stop an import.
            LOG.warn("could not write the {} metrics to {}: {}", job, target, failure.toString());
        }
    }

    /** Marks the job ended and writes the last figures. */
    @Override
    public void close() {
        endedNanos = System.nanoTime();
        finished.set(true);
        if (rewriter != null) {
            rewriter.shutdownNow();
        }
        write();
        registry.close();
    }
}

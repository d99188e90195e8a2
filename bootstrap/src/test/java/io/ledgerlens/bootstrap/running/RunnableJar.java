package io.ledgerlens.bootstrap.running;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The runnable jar in a process of its own, as an operator runs it: its
 * output kept line by line, its port read from what it prints, signals sent to
 * it by number. Tests named {@code *IT} use it; they run in the
 * integration-test phase, once {@code package} has built the jar.
 */
public final class RunnableJar implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("LedgerLens is listening on http://localhost:(\\d+)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private RunnableJar(Process process) {
        this.process = process;
        var reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException | java.io.UncheckedIOException closed) {
                // the process ended, or the test closed its output
            }
        }, "ledgerlens-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The jar {@code package} built, when the test runs in the integration-test phase. */
    public static Optional<Path> built() {
        return Optional.ofNullable(System.getProperty("ledgerlens.jar")).map(Path::of);
    }

    /** Runs {@code ledgerlens arguments…} with {@code jvmOptions}; returns at once. */
    public static RunnableJar run(Path jar, List<String> jvmOptions, String... arguments) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return new RunnableJar(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Serves on {@code dataDir} (embedded PostgreSQL), on a free loopback port; returns once it listens. */
    public static RunnableJar serve(Path jar, Path dataDir, List<String> jvmOptions, String... arguments)
            throws IOException, InterruptedException {
        var all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--host", "127.0.0.1", "--port", "0"));
        all.addAll(List.of(arguments));
        var service = run(jar, jvmOptions, all.toArray(String[]::new));
        service.awaitLine(LISTENING, Duration.ofSeconds(180));
        return service;
    }

    /** The port a served jar said it listens on. */
    public int port() {
        return Integer.parseInt(firstMatch(LISTENING).group(1));
    }

    public long pid() {
        return process.pid();
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    /** The first line of output matching {@code pattern}, as a match. */
    public Matcher firstMatch(Pattern pattern) {
        return output.stream().map(pattern::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no line matches " + pattern + " in:\n" + String.join("\n", output)));
    }

    /** Waits until a line matches {@code pattern}; fails, with the output, if the process ends or time runs out. */
    public void awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output.stream().anyMatch(line -> pattern.matcher(line).find())) {
                return;
            }
            if (!process.isAlive()) {
                Thread.sleep(200); // the last lines may still be on their way
                if (output.stream().anyMatch(line -> pattern.matcher(line).find())) {
                    return;
                }
                throw new AssertionError("ledgerlens ended (exit " + process.exitValue() + ") before printing "
                        + pattern + ":\n" + String.join("\n", output));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line matched " + pattern + " within " + timeout + ":\n" + String.join("\n", output));
    }

    /** Sends {@code signal} (TERM, KILL, ...) to the JVM, as an operator's {@code kill} would. */
    public void signal(String signal) throws IOException, InterruptedException {
        Signals.send(signal, List.of(process.pid()));
    }

    /** The exit code, once the process ended within {@code timeout}; fails otherwise. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("ledgerlens did not end within " + timeout + ":\n" + String.join("\n", output));
        }
        return process.exitValue();
    }

    /** Ends the process (TERM, then KILL if it lingers); a test's clean-up. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Deletes a data directory a test made, whatever is in it. */
    public static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}

package io.ledgerlens.bootstrap.running;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** Signals to processes by number, as {@code kill} sends them; and the processes of an embedded PostgreSQL. */
public final class Signals {

    private Signals() {
    }

    /**
     * Sends {@code signal} to each process of {@code pids} that still exists: PostgreSQL's backends come and go
     * while a test lists them, and one that ended meanwhile needs no signal.
     */
    public static void send(String signal, List<Long> pids) throws IOException, InterruptedException {
        for (long pid : pids) {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            if (exit != 0 && ProcessHandle.of(pid).isPresent()) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " exited " + exit);
            }
        }
    }

    /**
     * {@code kill -9} of every process in {@code pids}, then waits until none is left (reaped): as after a power cut,
     * where nothing of the old processes survives the restart. PostgreSQL will not start on a data directory whose
     * postmaster.pid names a process that still exists, even a dead one not yet reaped.
     */
    public static void killAndAwaitGone(List<Long> pids) throws IOException, InterruptedException {
        send("KILL", pids);
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (pids.stream().anyMatch(pid -> ProcessHandle.of(pid).isPresent())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("killed processes still exist after 30 s: " + pids);
            }
            Thread.sleep(20);
        }
    }

    /**
     * The postmaster of the PostgreSQL running on {@code dataDir} (the first line of its postmaster.pid) and every
     * process it started. pg_ctl detaches it, so it is no child of the service's JVM: it outlives a killed JVM.
     */
    public static List<Long> postgresOf(Path dataDir) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        var handle = ProcessHandle.of(postmaster)
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL runs on " + dataDir));
        return Stream.concat(Stream.of(handle), handle.descendants()).map(ProcessHandle::pid).toList();
    }
}

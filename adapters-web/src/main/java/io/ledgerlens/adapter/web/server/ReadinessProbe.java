package io.ledgerlens.adapter.web.server;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks {@link Readiness} within a deadline. A probe that finds a check still running waits for that one rather
 * than starting another, so a database that hangs holds one thread, not one per probe; past the deadline the
 * answer is "not ready" whatever the check says later.
 */
final class ReadinessProbe {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessProbe.class);

    private final Readiness readiness;
    private final Duration deadline;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(work -> {
        var thread = new Thread(work, "ledgerlens-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Optional<String>> running;

    ReadinessProbe(Readiness readiness, Duration deadline) {
        this.readiness = readiness;
        this.deadline = deadline;
    }

    /** Empty when ready; else why not. */
    Optional<String> notReadyBecause() {
        try {
            return check().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            return Optional.of("the readiness check did not finish within " + deadline.toMillis() + " ms");
        } catch (ExecutionException failed) {
            LOG.warn("the readiness check failed", failed.getCause());
            return Optional.of("the readiness check failed");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private synchronized CompletableFuture<Optional<String>> check() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(readiness::notReadyBecause, checks);
        }
        return running;
    }
}

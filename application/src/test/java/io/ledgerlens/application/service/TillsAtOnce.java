package io.ledgerlens.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** Sixteen tills sending at once, for the group commit tests: what each sent, and how to wait for the groups. */
final class TillsAtOnce implements AutoCloseable {

    private final ExecutorService tills = Executors.newFixedThreadPool(16);

    /** Sends every one of {@code sends} from a till of its own (up to sixteen at once), in order. */
    <R> List<Future<R>> sendAll(List<Callable<R>> sends) {
        var sent = new ArrayList<Future<R>>();
        for (var sending : sends) {
            sent.add(tills.submit(sending));
        }
        return sent;
    }

    /**
     * Sends every one of {@code sends} from a till of its own, the next only once the one before waits in line
     * ({@code waiting} has grown by one): tills sent at once reach the line in any order, and a test whose outcomes
     * depend on that order (two customers naming one mobile, one unique id sent twice) must fix it.
     */
    <R> List<Future<R>> queueInOrder(List<Callable<R>> sends, IntSupplier waiting) throws InterruptedException {
        var sent = new ArrayList<Future<R>>();
        int before = waiting.getAsInt();
        for (var sending : sends) {
            sent.add(tills.submit(sending));
            eventually(waiting, before + sent.size());
        }
        return sent;
    }

    /** What each send answered, in the order sent; a send that takes over ten seconds fails the test. */
    static <R> List<R> outcomesOf(List<Future<R>> sent) throws Exception {
        var outcomes = new ArrayList<R>();
        for (var one : sent) {
            outcomes.add(one.get(10, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** Waits up to five seconds for {@code actual} to reach {@code expected}, then asserts it did. */
    static void eventually(IntSupplier actual, int expected) throws InterruptedException {
        for (int tries = 0; actual.getAsInt() < expected && tries < 500; tries++) {
            Thread.sleep(10);
        }
        assertThat(actual.getAsInt()).isEqualTo(expected);
    }

    /** Holds a group until the test lets it go; ten seconds at most. */
    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first group go");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Override
    public void close() {
        tills.shutdownNow();
    }
}

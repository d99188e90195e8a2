package io.ledgerlens.bootstrap.database;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The process's one shutdown hook. Java runs separate hooks at the same time,
 * in no order: with a hook each, the embedded PostgreSQL would stop while the
 * HTTP server still drains requests that need it. Here what was opened last
 * is closed first (the service, then its database), one after the other.
 */
public final class ShutdownSequence {

    private static final Deque<AutoCloseable> OPEN = new ArrayDeque<>();
    private static boolean hooked;

    private ShutdownSequence() {
    }

    /**
     * Closes {@code resource} when the process is told to stop, before whatever was registered earlier.
     *
     * @param resource closed at most once by the hook; a failure to close is printed, and the rest still close
     */
    public static synchronized void closeAtExit(AutoCloseable resource) {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownSequence::closeEverything, "ledgerlens-shutdown"));
            hooked = true;
        }
        OPEN.push(resource);
    }

    /**
     * {@code resource} was closed by its owner: nothing left to do for it at exit.
     *
     * @param resource as it was given to {@link #closeAtExit(AutoCloseable)}
     */
    public static synchronized void closed(AutoCloseable resource) {
        OPEN.remove(resource);
    }

    private static void closeEverything() {
        AutoCloseable next;
        while ((next = nextToClose()) != null) {
            try {
                next.close();
            } catch (Exception failure) {
                // the process is ending: say so, and go on closing the rest
                System.err.println("ledgerlens: while stopping, " + next + " failed to close: " + failure);
            }
        }
    }

    private static synchronized AutoCloseable nextToClose() {
        return OPEN.poll();
    }
}

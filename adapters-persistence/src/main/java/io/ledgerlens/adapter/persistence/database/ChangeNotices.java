package io.ledgerlens.adapter.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears, on a connection of its own, which tables other instances (and the operator) changed: PostgreSQL's
 * {@code LISTEN} on the channel that migration V18's triggers notify on commit, with the table's name as the
 * notice. What an instance remembers of those tables ({@link Remembered}) is forgotten on each notice.
 *
 * <p>While it is not listening (not yet connected, or the connection lost) nothing may be remembered, since a
 * notice could be missed; on every (re)connection everything is forgotten first, for the same reason. A
 * connection that dies silently is found by a probe every {@link #PROBE_EVERY}, bounded by
 * {@link #PROBE_TIMEOUT}: the longest a lost notice can go unnoticed, and why remembered rows also expire.
 */
public final class ChangeNotices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotices.class);
    static final String CHANNEL = "ledgerlens_change";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "ledgerlens-change-notices";
    static final Duration PROBE_EVERY = Duration.ofSeconds(2);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    /** The first try again after losing the connection; each failed try doubles the wait, up to the most. */
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);
    private static final Duration RECONNECT_AFTER_AT_MOST = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final AtomicBoolean listening = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread thread;
    private volatile Connection connection;

    private ChangeNotices(DataSource dataSource) {
        this.dataSource = dataSource;
        this.thread = new Thread(this::listen, "ledgerlens-change-notices");
        this.thread.setDaemon(true);
    }

    /**
     * Starts listening on a connection of {@code dataSource}, kept open (not one of a small pool's).
     *
     * @param dataSource where the listening connection comes from, reconnected whenever it is lost
     * @return the notices, listening once the first connection is open
     */
    public static ChangeNotices listeningOn(DataSource dataSource) {
        var notices = new ChangeNotices(dataSource);
        notices.thread.start();
        return notices;
    }

    /**
     * Notices that never listen: nothing is remembered (for a store whose changes cannot be heard).
     *
     * @return notices that are closed from the start
     */
    public static ChangeNotices none() {
        var notices = new ChangeNotices(null);
        notices.closed.set(true);
        return notices;
    }

    /**
     * Whether a change would be heard now; while it would not, nothing may be remembered.
     *
     * @return {@code true} while the listening connection is open
     */
    public boolean isListening() {
        return listening.get();
    }

    /**
     * Runs {@code forget} on every change of {@code table}, and whenever a change could have been missed.
     *
     * @param table the table, as its trigger names it in the notice
     * @param forget forgets what is remembered of it; runs on the listening thread
     */
    public void onChange(String table, Runnable forget) {
        listeners.computeIfAbsent(table, t -> new CopyOnWriteArrayList<>()).add(forget);
    }

    /**
     * This instance changed {@code table} (and committed): what it remembers of it is forgotten now, not when the
     * notice of the commit comes back.
     *
     * @param table the table this instance changed
     */
    public void changedHere(String table) {
        forget(table);
    }

    private void listen() {
        var wait = RECONNECT_AFTER;
        var away = false;
        while (!closed.get()) {
            try (var open = dataSource.getConnection()) {
                connection = open;
                open.setAutoCommit(true);
                try (var statement = open.createStatement()) {
                    // Named, so that an operator reading pg_stat_activity knows the one idle connection that stays.
                    statement.execute("set application_name = '" + APPLICATION_NAME + "'");
                    statement.execute("listen " + CHANNEL);
                }
                // Whatever changed before LISTEN took effect was not heard: forget it all, then remember again.
                forgetEverything();
                listening.set(true);
                LOG.info("listening for changes of remembered rows{}", away ? " again" : "");
                away = false;
                wait = RECONNECT_AFTER;
                hear(open.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException lost) {
                if (!closed.get() && !away) {
                    // Once per outage: a database that is away for an hour must not write a line a second.
                    LOG.warn("not listening for changes, so nothing is remembered until it listens again: {}",
                            lost.getMessage());
                    away = true;
                }
            } finally {
                stopRemembering();
                connection = null;
            }
            pause(wait);
            wait = wait.multipliedBy(2).compareTo(RECONNECT_AFTER_AT_MOST) > 0 ? RECONNECT_AFTER_AT_MOST : wait.multipliedBy(2);
        }
    }

    private void hear(PGConnection notices) throws SQLException {
        var executor = (Executor) Runnable::run;
        connection.setNetworkTimeout(executor, (int) PROBE_TIMEOUT.toMillis());
        while (!closed.get()) {
            var heard = notices.getNotifications((int) PROBE_EVERY.toMillis());
            if (heard != null) {
                for (var notice : heard) {
                    forget(notice.getParameter());
                }
            }
            // Also a probe: a connection that died without a word fails here within PROBE_TIMEOUT.
            try (var statement = connection.createStatement()) {
                statement.execute("select 1");
            }
        }
    }

    private void stopRemembering() {
        listening.set(false);
        forgetEverything();
    }

    private void forget(String table) {
        listeners.getOrDefault(table, List.of()).forEach(Runnable::run);
    }

    private void forgetEverything() {
        listeners.values().forEach(forgets -> forgets.forEach(Runnable::run));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        stopRemembering();
        thread.interrupt();
        var open = connection;
        if (open != null) {
            try {
                open.abort(Runnable::run);
            } catch (SQLException ignored) {
                // closing: the thread ends either way
            }
        }
    }
}

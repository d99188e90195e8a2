package io.ledgerlens.adapter.persistence.access;

import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log for what strangers can cause at will: failed sign-ins. A
 * request that fails to sign in must not cost a database transaction of its
 * own (a flood of forged tokens would become a flood of inserts, and a slow
 * database a slow refusal), so records are queued and written by one thread,
 * up to {@value #BATCH} in a statement. The queue is bounded: when it is
 * full, records are counted instead of kept, and the count is written as a
 * record of its own once there is room, so the log says how much it missed.
 * Records still queued when the process dies are lost; at most a moment's
 * worth ({@link #FLUSH_EVERY}).
 */
public final class BufferedAuditLog implements AuditLogPort, AutoCloseable {

    static final int BATCH = 500;
    static final Duration FLUSH_EVERY = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(BufferedAuditLog.class);

    private final JooqAuditLog log;
    private final Clock clock;
    private final BlockingQueue<AuditRecord> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;

    /**
     * Over the appending log, with its writer thread started at once.
     *
     * @param log the log the writer appends each batch to, in one statement
     * @param capacity the most records queued; past it, records are counted instead of kept
     * @param clock stamps the record that says how many were missed
     */
    public BufferedAuditLog(JooqAuditLog log, int capacity, Clock clock) {
        this.log = log;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::writeUntilClosed, "ledgerlens-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void record(AuditRecord record) {
        if (!queue.offer(record)) {
            dropped.incrementAndGet();
        }
    }

    @Override
    public List<AuditRecord> newestFirst(AuditFilter filter) {
        return log.newestFirst(filter);
    }

    private void writeUntilClosed() {
        var batch = new ArrayList<AuditRecord>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                var first = queue.poll(FLUSH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                }
            } catch (InterruptedException interrupted) {
                closing = true;
            }
            write(batch, dropped.getAndSet(0));
        }
    }

    /** Writes {@code batch} and, if {@code missed} is more than none, a record saying how many were not kept. */
    private void write(List<AuditRecord> batch, long missed) {
        int kept = batch.size();
        if (missed > 0) {
            batch.add(new AuditRecord(clock.instant(), AuditActor.service(), Optional.empty(), AuditAction.SIGN_IN_FAILED,
                    "the audit log", AuditOutcome.REFUSED,
                    missed + " failed sign-ins came faster than the log could write them, or while the database was away,"
                            + " and were counted, not kept"));
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            log.recordAll(batch);
        } catch (LedgerUnavailableException unavailable) {
            // The database is away: these records are lost, and said to be once it is back.
            dropped.addAndGet(missed + kept);
            LOG.warn("the audit log could not write {} failed sign-ins: the database did not answer", kept);
        } finally {
            batch.clear();
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

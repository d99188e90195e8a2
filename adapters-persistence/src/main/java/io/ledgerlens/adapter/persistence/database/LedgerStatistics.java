package io.ledgerlens.adapter.persistence.database;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps PostgreSQL's statistics of the ledger and profile tables fresh during
 * bulk writes (an import's events, a generator's customers). A foreign key is checked with a plan made when its table was small;
 * if the table has since grown a hundredfold, that plan scans the whole table
 * for every row written (measured: importing 10,000 events into a fresh
 * ledger, 306 events/s before an ANALYZE and 1,649 after; a batch's lookup of
 * identifiers slows the same way as customers are registered). So the tables
 * are analysed each time the rows written through one adapter double: a few
 * hundred milliseconds, a logarithmic number of times.
 *
 * <p>ANALYZE needs the tables' owner, and the service runs as ledgerlens_app:
 * the function {@code ledger_analyze()} (migration V5) runs as its owner and
 * analyses the ledger tables, nothing else.
 */
public final class LedgerStatistics {

    private static final long FIRST_ANALYZE_AFTER = 1_000;
    /**
     * How long an analysis may take. Not the service's statement timeout (10 s), meant for requests: on a ledger of
     * 10⁷ events (18 GB, mostly out of cache) the analysis outran it while the generator wrote, and the tables kept
     * the statistics of half their size until autovacuum came by. Bounded all the same: a stuck analysis must not
     * hold a pooled connection for ever.
     */
    static final Duration ANALYSIS_TIMEOUT = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(LedgerStatistics.class);
    /** One analysis at a time for the whole process, on a daemon thread that ends with it. */
    private static final Executor ANALYSES = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "ledgerlens-statistics");
        thread.setDaemon(true);
        return thread;
    });

    private final LedgerStore store;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong nextAnalyze = new AtomicLong(FIRST_ANALYZE_AFTER);

    /**
     * Over the service's store, whose role may run {@code ledger_analyze()}; nothing written is counted yet.
     *
     * @param store the store the analyses run on
     */
    public LedgerStatistics(LedgerStore store) {
        this.store = store;
    }

    /**
     * {@code rows} more were written (and committed): analyses the tables when the total has doubled, on a thread
     * of its own. On the writer's, the analysis held up every event of a group commit behind it: a few hundred
     * milliseconds at tens of thousands of events.
     *
     * @param rows how many rows the commit wrote
     */
    public void afterWriting(long rows) {
        var total = written.addAndGet(rows);
        var due = nextAnalyze.get();
        if (total >= due && nextAnalyze.compareAndSet(due, total * 2)) {
            ANALYSES.execute(this::analyze);
        }
    }

    void analyze() {
        try {
            store.write(TenantFence.none(), dsl -> dsl.connectionResult(connection -> {
                // The pool's socket timeout follows its statement timeout: raised for this analysis, then put back
                // (the statement timeout is the transaction's own).
                int before = connection.getNetworkTimeout();
                connection.setNetworkTimeout(Runnable::run, (int) ANALYSIS_TIMEOUT.plusSeconds(10).toMillis());
                try {
                    dsl.execute("set local statement_timeout = " + ANALYSIS_TIMEOUT.toMillis());
                    return dsl.execute("select ledger_analyze()");
                } finally {
                    connection.setNetworkTimeout(Runnable::run, before);
                }
            }));
        } catch (RuntimeException failed) {
            // Statistics are an optimisation: a store that cannot answer now is analysed at the next doubling.
            LOG.warn("the ledger's tables were not analysed (they will be when the rows written double again): {}",
                    failed.getMessage());
        }
    }
}

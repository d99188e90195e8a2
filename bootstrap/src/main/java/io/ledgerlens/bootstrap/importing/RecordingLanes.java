package io.ledgerlens.bootstrap.importing;

import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records events in batches on several writer threads, each with its own
 * database connection, so that PostgreSQL (what bounds an import) works on
 * more than one core while the caller reads the next events. Every event of
 * one customer or group goes to the same writer, in the order submitted: a
 * return is always recorded after the purchase it gives back.
 *
 * <p>Two writers can meet on a unique id used by two subjects' events; the
 * batch that loses fails whole and is recorded once more, where the event is
 * then found already recorded. An event with a value the database refuses is
 * rejected on its own and the rest of its batch recorded (the use case halves
 * the batch around it), so every run of a file rejects the same lines. A batch
 * the database does not take twice, because it cannot answer, stops the
 * writers: what was not recorded is recorded by running the same import again.
 */
public final class RecordingLanes implements AutoCloseable {

    /** How long a writer waits before recording a failed batch once more. */
    private static final long RETRY_PAUSE_MILLIS = 200;
    /** Batches queued per writer: enough to keep it busy, few enough to bound memory. */
    private static final int QUEUED_BATCHES = 2;

    /** Hears each recorded batch: its events' line numbers and outcomes, in order. Called by one writer at a time. */
    public interface Outcomes {
        /**
         * One batch recorded; a batch the database did not take is never handed on.
         *
         * @param lines the input line of each event, in the batch's order
         * @param outcomes each event's outcome, in the same order: recorded (new or already there), a unique id
         *                 reused, refused, or a return beyond its purchase
         */
        void recorded(List<Long> lines, List<RecordOutcome> outcomes);
    }

    private record Pending(long line, EventDraft draft) {
    }

    private record Batch(OrgId org, List<Pending> events) {
    }

    private static final Batch END = new Batch(null, List.of());

    private final RecordLedgerEventUseCase recording;
    private final int batchSize;
    private final Outcomes outcomes;
    private final List<Lane> lanes = new ArrayList<>();
    private final AtomicReference<Long> stoppedAt = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    /**
     * Starts the writers, which wait for batches.
     *
     * @param recording records each batch in one call, under the same rules as the API
     * @param writers how many writer threads, each recording on a connection of its own
     * @param batchSize the most events of one org in one batch
     * @param outcomes hears each batch recorded, on the writer's thread
     * @throws IllegalArgumentException if {@code writers} or {@code batchSize} is below one
     */
    public RecordingLanes(RecordLedgerEventUseCase recording, int writers, int batchSize, Outcomes outcomes) {
        if (writers < 1 || batchSize < 1) {
            throw new IllegalArgumentException("at least one writer and one event per batch");
        }
        this.recording = recording;
        this.batchSize = batchSize;
        this.outcomes = outcomes;
        for (int i = 0; i < writers; i++) {
            var lane = new Lane();
            var thread = new Thread(lane, "ledgerlens-writer-" + (i + 1));
            thread.setDaemon(true);
            lane.thread = thread;
            lanes.add(lane);
            thread.start();
        }
    }

    /**
     * Queues {@code draft} (line {@code line} of the input) for the writer of
     * the customer or group whose ledger it is on; blocks while that writer is
     * behind.
     *
     * @param line the event's line number, for the outcomes and for where the import stopped
     * @param draft the event, valid as the API reads it
     * @throws InterruptedException if interrupted while waiting for the writer
     */
    public void submit(long line, EventDraft draft) throws InterruptedException {
        lanes.get(Math.floorMod(draft.subject().hashCode(), lanes.size())).add(draft.org(), new Pending(line, draft));
    }

    /**
     * True once the database stopped taking batches: reading on is pointless.
     *
     * @return {@code true} once a batch was not taken twice, or a writer failed
     */
    public boolean stopped() {
        return stoppedAt.get() != null || failure.get() != null;
    }

    /**
     * The first line of the earliest batch the database did not take, if it stopped.
     *
     * @return that line's number; empty while every batch was taken
     */
    public Optional<Long> stoppedAt() {
        return Optional.ofNullable(stoppedAt.get());
    }

    /**
     * Records what is still queued and waits for every writer to finish.
     *
     * @throws InterruptedException if interrupted while waiting
     * @throws RuntimeException the first failure a writer met, rethrown here
     */
    public void finish() throws InterruptedException {
        for (var lane : lanes) {
            lane.flush();
        }
        for (var lane : lanes) {
            lane.thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Override
    public void close() {
        lanes.forEach(lane -> lane.thread.interrupt());
    }

    private void stop(long line) {
        stoppedAt.accumulateAndGet(line, (earlier, now) -> earlier == null ? now : Math.min(earlier, now));
    }

    private final class Lane implements Runnable {

        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        /** Per org, the batch being filled (a call records events of one org). */
        private final Map<OrgId, List<Pending>> filling = new LinkedHashMap<>();
        private Thread thread;

        void add(OrgId org, Pending pending) throws InterruptedException {
            var batch = filling.computeIfAbsent(org, o -> new ArrayList<>());
            batch.add(pending);
            if (batch.size() == batchSize) {
                filling.remove(org);
                queue.put(new Batch(org, batch));
            }
        }

        void flush() throws InterruptedException {
            for (var batch : filling.entrySet()) {
                queue.put(new Batch(batch.getKey(), batch.getValue()));
            }
            filling.clear();
            queue.put(END);
        }

        @Override
        public void run() {
            try {
                for (var batch = queue.take(); batch != END; batch = queue.take()) {
                    if (!stopped()) {
                        record(batch);
                    }
                }
            } catch (InterruptedException closed) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException unexpected) {
                failure.compareAndSet(null, unexpected);
                drain();
            }
        }

        private void record(Batch batch) throws InterruptedException {
            var drafts = batch.events().stream().map(Pending::draft).toList();
            var results = recording.recordAll(batch.org(), drafts);
            if (results.stream().anyMatch(RecordOutcome.Unavailable.class::isInstance)) {
                Thread.sleep(RETRY_PAUSE_MILLIS);
                results = recording.recordAll(batch.org(), drafts);
            }
            if (results.stream().anyMatch(RecordOutcome.Unavailable.class::isInstance)) {
                stop(batch.events().get(0).line());
                return;
            }
            var lines = batch.events().stream().map(Pending::line).toList();
            synchronized (outcomes) {
                outcomes.recorded(lines, results);
            }
        }

        /** After a failure, takes what is still submitted so that no submitter waits forever. */
        private void drain() {
            try {
                while (queue.take() != END) {
                    // dropped: the import reports the failure
                }
            } catch (InterruptedException closed) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

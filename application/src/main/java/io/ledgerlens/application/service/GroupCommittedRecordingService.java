package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Records single events of one org that arrive while another group of that org is being recorded together, as
 * one batch ({@link RecordLedgerEventUseCase#recordAll}): a group commit. Every event of an org passes the org's
 * hash chain one transaction at a time anyway; one transaction for the sixteen events that queued behind it pays
 * one chain lock, one commit and a few round trips for all of them, where sixteen transactions pay each sixteen
 * times. Alone, an event is recorded at once, as a group of one.
 *
 * <p>Each event's outcome is the one it would have had recorded alone after the events before it in its group:
 * a batch decides in order (a repeated unique id names the event recorded first; a return is checked against the
 * purchases before it), a value the store refuses is refused for its own event only, and an unavailable store is
 * unavailable for the whole group. No thread of its own: a caller who finds fewer groups under way than allowed
 * records the group its event heads, those who arrive meanwhile wait, and the first of them records the next.
 */
public final class GroupCommittedRecordingService implements RecordLedgerEventUseCase {

    private final RecordLedgerEventUseCase recording;
    private final int mostPerGroup;
    private final int mostInFlight;
    private final Map<OrgId, Arrivals> arrivals = new ConcurrentHashMap<>();

    /**
     * Groups single events for {@code recording}, at most {@code mostPerGroup} in one batch and at most
     * {@code mostInFlight} groups of one org at once: with two, one group reads and writes its rows while the one
     * before it waits for the org's chain and its commit.
     *
     * @param recording    records each group as one batch
     * @param mostPerGroup the most events in one group; at least one
     * @param mostInFlight the most groups of one org recorded at once; at least one
     */
    public GroupCommittedRecordingService(RecordLedgerEventUseCase recording, int mostPerGroup, int mostInFlight) {
        this.recording = Objects.requireNonNull(recording, "recording");
        if (mostPerGroup < 1 || mostInFlight < 1) {
            throw new IllegalArgumentException("a group holds at least one event, and one group at least is recorded at a time");
        }
        this.mostPerGroup = mostPerGroup;
        this.mostInFlight = mostInFlight;
    }

    @Override
    public RecordOutcome record(OrgId caller, EventDraft draft) {
        return arrivals.computeIfAbsent(caller, org -> new Arrivals()).record(caller, draft);
    }

    /** A batch is a group already. */
    @Override
    public List<RecordOutcome> recordAll(OrgId caller, List<EventDraft> drafts) {
        return recording.recordAll(caller, drafts);
    }

    /** How many single events of {@code org} wait for a group under way to finish. */
    int waiting(OrgId org) {
        var ofOrg = arrivals.get(org);
        return ofOrg == null ? 0 : ofOrg.waiting();
    }

    /** The events of one org waiting for their group, in the order they arrived. */
    private final class Arrivals {

        private final ReentrantLock lock = new ReentrantLock();
        private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
        /** Groups being recorded, and callers chosen to record the next ones: never more than {@link #mostInFlight}. */
        private int inFlight;

        int waiting() {
            lock.lock();
            try {
                return queue.size();
            } finally {
                lock.unlock();
            }
        }

        RecordOutcome record(OrgId caller, EventDraft draft) {
            var mine = new Waiting(draft, lock.newCondition());
            lock.lock();
            try {
                queue.add(mine);
                while (!mine.settled) {
                    if (!mine.taken && (mine.recordsNext || inFlight < mostInFlight)) {
                        if (!mine.recordsNext) {
                            inFlight++;
                        }
                        mine.recordsNext = false;
                        recordTogether(caller, nextGroup());
                    } else {
                        mine.turn.awaitUninterruptibly();
                    }
                }
                return mine.outcome();
            } finally {
                lock.unlock();
            }
        }

        /** The first events of the queue; one chosen to record a group of its own is in this one instead. */
        private List<Waiting> nextGroup() {
            var group = new ArrayList<Waiting>();
            while (!queue.isEmpty() && group.size() < mostPerGroup) {
                var next = queue.poll();
                next.taken = true;
                if (next.recordsNext) {
                    next.recordsNext = false;
                    inFlight--;
                }
                group.add(next);
            }
            return group;
        }

        /** Called and returns holding the lock; records without it. */
        private void recordTogether(OrgId caller, List<Waiting> group) {
            List<RecordOutcome> outcomes = null;
            RuntimeException failure = null;
            lock.unlock();
            try {
                outcomes = recording.recordAll(caller, group.stream().map(waiting -> waiting.draft).toList());
            } catch (RuntimeException thrown) {
                failure = thrown;
            } finally {
                if (outcomes == null && failure == null) {
                    // An Error on its way up this caller's stack: those who waited are told their group failed.
                    failure = new IllegalStateException("the group this event was recorded in failed");
                }
                lock.lock();
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).settle(outcomes == null ? null : outcomes.get(i), failure);
                }
                inFlight--;
                for (var next : queue) {
                    if (inFlight >= mostInFlight) {
                        break;
                    }
                    if (!next.recordsNext) {
                        next.recordsNext = true;
                        inFlight++;
                        next.turn.signal();
                    }
                }
            }
        }
    }

    /** One caller's event, and what became of it once its group was recorded. */
    private static final class Waiting {

        private final EventDraft draft;
        private final Condition turn;
        private boolean settled;
        /** In a group under way: it waits for that group, whatever slots are free. */
        private boolean taken;
        private boolean recordsNext;
        private RecordOutcome outcome;
        private RuntimeException failure;

        Waiting(EventDraft draft, Condition turn) {
            this.draft = draft;
            this.turn = turn;
        }

        void settle(RecordOutcome outcome, RuntimeException failure) {
            this.outcome = outcome;
            this.failure = failure;
            this.settled = true;
            turn.signal();
        }

        RecordOutcome outcome() {
            if (failure != null) {
                throw failure;
            }
            return outcome;
        }
    }
}

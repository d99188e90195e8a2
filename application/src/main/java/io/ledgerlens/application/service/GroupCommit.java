package io.ledgerlens.application.service;

import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

/**
 * A group commit: single writes of one org that arrive while another group of that org is being written are written
 * next, together, as one batch. One transaction for the sixteen writes that queued behind a group pays one commit
 * (and, for events, one pass of the org's hash chain) and a few round trips for all of them, where sixteen
 * transactions pay each sixteen times. Alone, a write is written at once, as a group of one.
 *
 * <p>Each write's outcome is the one the batch gives it, which the batch must decide as if each were written alone
 * after the ones before it; a batch that fails fails every write of its group. No thread of its own: a caller who
 * finds fewer groups under way than allowed writes the group its item heads, those who arrive meanwhile wait, and
 * the first of them writes the next.
 *
 * @param <T> what one caller writes
 * @param <R> what became of it
 */
final class GroupCommit<T, R> {

    private final BiFunction<OrgId, List<T>, List<R>> writeTogether;
    private final int mostPerGroup;
    private final int mostInFlight;
    private final Map<OrgId, Arrivals> arrivals = new ConcurrentHashMap<>();

    /**
     * Groups single writes for {@code writeTogether}, at most {@code mostPerGroup} in one batch and at most
     * {@code mostInFlight} groups of one org at once.
     *
     * @param writeTogether writes one group as one batch of the org, answering one outcome per item, in order
     * @param mostPerGroup  the most items in one group; at least one
     * @param mostInFlight  the most groups of one org written at once; at least one
     */
    GroupCommit(BiFunction<OrgId, List<T>, List<R>> writeTogether, int mostPerGroup, int mostInFlight) {
        this.writeTogether = Objects.requireNonNull(writeTogether, "writeTogether");
        if (mostPerGroup < 1 || mostInFlight < 1) {
            throw new IllegalArgumentException("a group holds at least one write, and one group at least is written at a time");
        }
        this.mostPerGroup = mostPerGroup;
        this.mostInFlight = mostInFlight;
    }

    /**
     * Writes {@code item} of {@code org} in the next group of that org.
     *
     * @param org  the org whose writes are grouped together
     * @param item what to write
     * @return what the group's batch decided for it
     */
    R write(OrgId org, T item) {
        return arrivals.computeIfAbsent(org, key -> new Arrivals()).write(org, item);
    }

    /** How many single writes of {@code org} wait for a group under way to finish. */
    int waiting(OrgId org) {
        var ofOrg = arrivals.get(org);
        return ofOrg == null ? 0 : ofOrg.waiting();
    }

    /** The writes of one org waiting for their group, in the order they arrived. */
    private final class Arrivals {

        private final ReentrantLock lock = new ReentrantLock();
        private final ArrayDeque<Waiting<T, R>> queue = new ArrayDeque<>();
        /** Groups being written, and callers chosen to write the next ones: never more than {@link #mostInFlight}. */
        private int inFlight;

        int waiting() {
            lock.lock();
            try {
                return queue.size();
            } finally {
                lock.unlock();
            }
        }

        R write(OrgId org, T item) {
            var mine = new Waiting<T, R>(item, lock.newCondition());
            lock.lock();
            try {
                queue.add(mine);
                while (!mine.settled) {
                    if (!mine.taken && (mine.writesNext || inFlight < mostInFlight)) {
                        if (!mine.writesNext) {
                            inFlight++;
                        }
                        mine.writesNext = false;
                        writeTogether(org, nextGroup());
                    } else {
                        mine.turn.awaitUninterruptibly();
                    }
                }
                return mine.outcome();
            } finally {
                lock.unlock();
            }
        }

        /** The first writes of the queue; one chosen to write a group of its own is in this one instead. */
        private List<Waiting<T, R>> nextGroup() {
            var group = new ArrayList<Waiting<T, R>>();
            while (!queue.isEmpty() && group.size() < mostPerGroup) {
                var next = queue.poll();
                next.taken = true;
                if (next.writesNext) {
                    next.writesNext = false;
                    inFlight--;
                }
                group.add(next);
            }
            return group;
        }

        /** Called and returns holding the lock; writes without it. */
        private void writeTogether(OrgId org, List<Waiting<T, R>> group) {
            List<R> outcomes = null;
            RuntimeException failure = null;
            lock.unlock();
            try {
                outcomes = GroupCommit.this.writeTogether.apply(org, group.stream().map(waiting -> waiting.item).toList());
            } catch (RuntimeException thrown) {
                failure = thrown;
            } finally {
                if (outcomes == null && failure == null) {
                    // An Error on its way up this caller's stack: those who waited are told their group failed.
                    failure = new IllegalStateException("the group this write was in failed");
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
                    if (!next.writesNext) {
                        next.writesNext = true;
                        inFlight++;
                        next.turn.signal();
                    }
                }
            }
        }
    }

    /** One caller's write, and what became of it once its group was written. */
    private static final class Waiting<T, R> {

        private final T item;
        private final Condition turn;
        private boolean settled;
        /** In a group under way: it waits for that group, whatever slots are free. */
        private boolean taken;
        private boolean writesNext;
        private R outcome;
        private RuntimeException failure;

        Waiting(T item, Condition turn) {
            this.item = item;
            this.turn = turn;
        }

        void settle(R outcome, RuntimeException failure) {
            this.outcome = outcome;
            this.failure = failure;
            this.settled = true;
            turn.signal();
        }

        R outcome() {
            if (failure != null) {
                throw failure;
            }
            return outcome;
        }
    }
}

package io.ledgerlens.application.service;

import io.ledgerlens.domain.org.OrgId;
import java.time.Duration;
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
 * the first of them writes the next. While the org is busy, a caller about to write a group waits a moment for
 * as many writes as the last group held ({@code gather}), so that a steady load keeps its groups whole.
 *
 * @param <T> what one caller writes
 * @param <R> what became of it
 */
final class GroupCommit<T, R> {

    private final BiFunction<OrgId, List<T>, List<R>> writeTogether;
    private final int mostPerGroup;
    private final int mostInFlight;
    private final long gatherNanos;
    private final Map<OrgId, Arrivals> arrivals = new ConcurrentHashMap<>();

    /**
     * Groups single writes for {@code writeTogether}, at most {@code mostPerGroup} in one batch and at most
     * {@code mostInFlight} groups of one org at once.
     *
     * @param writeTogether writes one group as one batch of the org, answering one outcome per item, in order
     * @param mostPerGroup  the most items in one group; at least one
     * @param mostInFlight  the most groups of one org written at once; at least one
     * @param gather        how long a group may wait for more writes when its org is busy (see {@link Arrivals#gather})
     */
    GroupCommit(BiFunction<OrgId, List<T>, List<R>> writeTogether, int mostPerGroup, int mostInFlight, Duration gather) {
        this.writeTogether = Objects.requireNonNull(writeTogether, "writeTogether");
        if (mostPerGroup < 1 || mostInFlight < 1) {
            throw new IllegalArgumentException("a group holds at least one write, and one group at least is written at a time");
        }
        if (gather.isNegative()) {
            throw new IllegalArgumentException("a group gathers for no time or some, not " + gather);
        }
        this.mostPerGroup = mostPerGroup;
        this.mostInFlight = mostInFlight;
        this.gatherNanos = gather.toNanos();
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
        /** How many writes the last group of the org held, and when it was written ({@link System#nanoTime}). */
        private int lastGroupSize;
        private long lastGroupWrittenAt;
        /**
         * The caller gathering a group, and how many writes it waits for; null when none is. One at a time: with more
         * than one group in flight, a second caller gathering at once waits out its moment unsignalled.
         */
        private Gatherer<T, R> gatherer;

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
                if (gatherer != null && queue.size() >= gatherer.expected) {
                    gatherer.waiting.turn.signal(); // the caller gathering a group has the company it waited for
                }
                while (!mine.settled) {
                    if (!mine.taken && (mine.writesNext || inFlight < mostInFlight)) {
                        if (!mine.writesNext) {
                            inFlight++;
                        }
                        mine.writesNext = false;
                        gather(mine);
                        if (mine.taken) {
                            handOff(); // another group took this write while it gathered: its turn goes on
                        } else {
                            writeTogether(org, nextGroup());
                        }
                    } else {
                        mine.turn.awaitUninterruptibly();
                    }
                }
                return mine.outcome();
            } finally {
                lock.unlock();
            }
        }

        /**
         * When the org's last group was written less than the gathering time ago and held more writes than wait now,
         * waits up to that time for as many: under a steady load of many tills, the writes of the last group come
         * back within a millisecond or two of each other, and the first back would otherwise write a group of one
         * while the rest queue behind it for a whole group's time. An org that was idle writes at once.
         */
        private void gather(Waiting<T, R> mine) {
            var start = System.nanoTime();
            if (gatherNanos == 0 || start - lastGroupWrittenAt > gatherNanos) {
                return;
            }
            gatherer = new Gatherer<>(mine, Math.min(lastGroupSize, mostPerGroup));
            try {
                for (long left = gatherNanos; left > 0 && !mine.taken && queue.size() < gatherer.expected;
                     left = gatherNanos - (System.nanoTime() - start)) {
                    mine.turn.awaitNanos(left);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt(); // stop gathering; the group is written as it stands
            } finally {
                gatherer = null;
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
                lastGroupSize = group.size();
                lastGroupWrittenAt = System.nanoTime();
                handOff();
            }
        }

        /** Gives up a slot of {@link #inFlight}, and chooses callers of the queue to write the next groups. */
        private void handOff() {
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

    /** A caller gathering a group, and how many writes it waits for. */
    private record Gatherer<T, R>(Waiting<T, R> waiting, int expected) {
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

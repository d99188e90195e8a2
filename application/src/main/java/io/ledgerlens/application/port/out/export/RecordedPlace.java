package io.ledgerlens.application.port.out.export;

import java.util.Comparator;

/**
 * Where an event stands in its org's order of record, the order an export gives and a copy must replay. An event's
 * id does not say it: an instance takes its ids before it writes, so with writers in parallel an event can commit
 * after one with a higher id. Its link in the org's hash chain does: positions are taken under the org's chain lock,
 * held to the commit, so they follow the order the events became visible. Events no link names (recorded before the
 * chain began, V16) come first, by id.
 *
 * @param chainPosition the event's link in the org's chain; 0 for an event no link names
 * @param eventId       the event's id; 0 for {@link #START}
 */
public record RecordedPlace(long chainPosition, long eventId) implements Comparable<RecordedPlace> {

    /** Before the org's first event: an export from here gives all of them. */
    public static final RecordedPlace START = new RecordedPlace(0, 0);

    private static final Comparator<RecordedPlace> ORDER = Comparator.comparingLong(RecordedPlace::chainPosition)
            .thenComparingLong(RecordedPlace::eventId);

    /**
     * Refuses negative positions and ids.
     *
     * @param chainPosition the event's link in the org's chain; 0 for an event no link names
     * @param eventId       the event's id; 0 for {@link #START}
     */
    public RecordedPlace {
        if (chainPosition < 0 || eventId < 0) {
            throw new IllegalArgumentException("chain positions and event ids are never negative");
        }
    }

    /**
     * The place of a linked event.
     *
     * @param chainPosition its link's position, from 1
     * @param eventId       its id
     * @return its place, after every event no link names
     */
    public static RecordedPlace linked(long chainPosition, long eventId) {
        if (chainPosition < 1) {
            throw new IllegalArgumentException("a chain's positions start at 1");
        }
        return new RecordedPlace(chainPosition, eventId);
    }

    /**
     * The place of an event no link names.
     *
     * @param eventId its id
     * @return its place, among the unlinked events by id and before every linked one
     */
    public static RecordedPlace unlinked(long eventId) {
        return new RecordedPlace(0, eventId);
    }

    /**
     * Whether the event here is named by a link of the org's chain.
     *
     * @return true past the events from before the chain
     */
    public boolean isLinked() {
        return chainPosition > 0;
    }

    @Override
    public int compareTo(RecordedPlace other) {
        return ORDER.compare(this, other);
    }
}

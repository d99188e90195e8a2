package io.ledgerlens.domain.event;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The server-assigned id of a ledger event, what clients pass in {@code eventIds}.
 *
 * @param value the server-assigned positive id
 */
@ValueObject
public record EventLogId(long value) {

    /**
     * Refuses an id that is not positive.
     *
     * @param value the server-assigned positive id
     */
    public EventLogId {
        if (value <= 0) {
            throw new IllegalArgumentException("event log id must be positive, was " + value);
        }
    }

    /**
     * @param value the server-assigned positive id
     * @return the event log id
     */
    public static EventLogId of(long value) {
        return new EventLogId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package io.ledgerlens.application.port.out.export;

import io.ledgerlens.domain.event.LedgerEvent;
import java.util.Objects;

/**
 * An event read out whole, and where it stands in its org's order of record: the key the next page starts after.
 *
 * @param place where it stands
 * @param event the event, with every section it has
 */
public record PlacedEvent(RecordedPlace place, LedgerEvent event) {

    /**
     * Refuses a missing place or event.
     *
     * @param place where it stands
     * @param event the event, with every section it has
     */
    public PlacedEvent {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(event, "event");
    }
}

package io.ledgerlens.application.port.in.explode;

import io.ledgerlens.domain.event.LedgerEvent;
import java.util.Objects;

/**
 * One event of the answer. Its timestamps are rendered in the deployment's one time zone (§8), never its org's,
 * so the event is all there is to show.
 *
 * @param event the event as recorded, with its bill and allocations
 */
public record ExplodedEvent(LedgerEvent event) {

    /**
     * Refuses a missing event.
     *
     * @param event the event as recorded, with its bill and allocations
     */
    public ExplodedEvent {
        Objects.requireNonNull(event, "event");
    }
}

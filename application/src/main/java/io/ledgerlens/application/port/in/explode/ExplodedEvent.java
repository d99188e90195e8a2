package io.ledgerlens.application.port.in.explode;

import io.ledgerlens.domain.event.LedgerEvent;
import java.util.Objects;

/**
 * One event of the answer. Its timestamps are rendered in the deployment's one time zone (§8), never its org's,
 * so the event is all there is to show.
 */
public record ExplodedEvent(LedgerEvent event) {

    public ExplodedEvent {
        Objects.requireNonNull(event, "event");
    }
}

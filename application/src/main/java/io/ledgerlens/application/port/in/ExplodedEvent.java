package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.event.LedgerEvent;
import java.time.ZoneId;
import java.util.Objects;

/** One event of the answer, with the time zone of its org (legacy timestamps are shown in it). */
public record ExplodedEvent(LedgerEvent event, ZoneId orgTimeZone) {

    public ExplodedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(orgTimeZone, "orgTimeZone");
    }
}

package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.LedgerEvent;
import java.util.Objects;

/** An event to append, with its fingerprint (computed once: the duplicate check compares it, the chain links it). */
public record NewEvent(LedgerEvent event, String fingerprint) {

    public NewEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public static NewEvent of(LedgerEvent event) {
        return new NewEvent(event, EventFingerprint.of(event));
    }
}

package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.LedgerEvent;
import java.util.Objects;

/**
 * An event to append, with its fingerprint (computed once: the duplicate check compares it, the chain links it).
 *
 * @param event       the event, with the id the ledger assigned it
 * @param fingerprint what the event says, as {@link io.ledgerlens.domain.event.EventFingerprint} computes it
 */
public record NewEvent(LedgerEvent event, String fingerprint) {

    /**
     * Refuses a missing event or fingerprint.
     *
     * @param event       the event, with the id the ledger assigned it
     * @param fingerprint what the event says, as {@link io.ledgerlens.domain.event.EventFingerprint} computes it
     */
    public NewEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * {@code event} with its fingerprint computed.
     *
     * @param event the event to append
     * @return the event ready to append
     */
    public static NewEvent of(LedgerEvent event) {
        return new NewEvent(event, EventFingerprint.of(event));
    }
}

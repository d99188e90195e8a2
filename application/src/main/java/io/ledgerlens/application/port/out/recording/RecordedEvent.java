package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.EventLogId;
import java.util.Objects;

/** An event already in the ledger under a unique id, with the fingerprint of what it says. */
public record RecordedEvent(EventLogId eventLogId, String fingerprint) {

    public RecordedEvent {
        Objects.requireNonNull(eventLogId, "eventLogId");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}

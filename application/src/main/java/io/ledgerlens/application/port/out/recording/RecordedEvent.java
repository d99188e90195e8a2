package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.EventLogId;
import java.util.Objects;

/**
 * An event already in the ledger under a unique id, with the fingerprint of what it says.
 *
 * @param eventLogId  the recorded event's id
 * @param fingerprint what it said when it was appended: a retry says the same, a reuse of the id does not
 */
public record RecordedEvent(EventLogId eventLogId, String fingerprint) {

    /**
     * Refuses a missing id or fingerprint.
     *
     * @param eventLogId  the recorded event's id
     * @param fingerprint what it said when it was appended: a retry says the same, a reuse of the id does not
     */
    public RecordedEvent {
        Objects.requireNonNull(eventLogId, "eventLogId");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}

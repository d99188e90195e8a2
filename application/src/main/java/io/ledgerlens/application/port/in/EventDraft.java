package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import java.util.Objects;
import java.util.function.Function;

/**
 * A valid event waiting for the id the ledger assigns it: the writer says
 * everything but the id, the use case gives it one.
 */
public record EventDraft(Function<EventLogId, LedgerEvent> builder) {

    public EventDraft {
        Objects.requireNonNull(builder, "builder");
    }

    public LedgerEvent withId(EventLogId id) {
        return builder.apply(id);
    }
}

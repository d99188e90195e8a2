package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.event.LedgerEvent;
import java.util.List;

/**
 * The customers a {@link CustomerEventLookup} found, in org order (none: the identifier is nobody's in those orgs),
 * and the events of its selector on their ledgers, ordered by event time then id.
 */
public record CustomerEvents(List<LedgerOwner> owners, List<LedgerEvent> events) {

    public CustomerEvents {
        owners = List.copyOf(owners);
        events = List.copyOf(events);
    }
}

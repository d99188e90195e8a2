package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.event.LedgerEvent;
import java.util.List;

/**
 * The customers a {@link CustomerEventLookup} found, in org order (none: the identifier is nobody's in those orgs),
 * and the events of its selector on their ledgers, ordered by event time then id.
 *
 * @param owners the customers found, one at most per org, in the lookup's org order
 * @param events the selected events on their ledgers; missing ones are simply absent
 */
public record CustomerEvents(List<LedgerOwner> owners, List<LedgerEvent> events) {

    /**
     * Copies both lists.
     *
     * @param owners the customers found, one at most per org, in the lookup's org order
     * @param events the selected events on their ledgers; missing ones are simply absent
     */
    public CustomerEvents {
        owners = List.copyOf(owners);
        events = List.copyOf(events);
    }
}

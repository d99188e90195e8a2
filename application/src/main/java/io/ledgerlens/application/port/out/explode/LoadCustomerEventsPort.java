package io.ledgerlens.application.port.out.explode;

import java.util.List;

/**
 * Finds the customers a request names and loads its events from their ledgers in one step: the request explode
 * answers most (a customer's identifier and event ids). A store that can read both in one round trip implements
 * it; any other store answers it in two steps through {@link #inTwoSteps}, with the same answer.
 */
public interface LoadCustomerEventsPort {

    /**
     * The customers of {@code lookup}'s orgs known by its identifier, and those of its events that are on their
     * ledgers: exactly what {@link ResolveSubjectPort#findCustomers} and then {@link LoadLedgerEventsPort#load}
     * answer. Nothing outside those customers' ledgers, whatever the selector says: this is the tenancy boundary.
     *
     * @param lookup the orgs, the identifier, the event ids and the sections to load
     * @return the customers found and their selected events; no events when no customer was found
     */
    CustomerEvents load(CustomerEventLookup lookup);

    /**
     * The customers through {@code subjects}, then their events through {@code events}: two round trips.
     *
     * @param subjects finds the customers
     * @param events   loads their events
     * @return a port that gives the same answer as a one-step store
     */
    static LoadCustomerEventsPort inTwoSteps(ResolveSubjectPort subjects, LoadLedgerEventsPort events) {
        return lookup -> {
            var owners = subjects.findCustomers(lookup.orgs(), lookup.identifier());
            return new CustomerEvents(owners, owners.isEmpty() ? List.of()
                    : events.load(new EventLookup(owners, lookup.selector(), lookup.sections())));
        };
    }
}

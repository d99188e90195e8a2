package io.ledgerlens.application.port.in.export;

import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgReferenceData;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One org's ledger as it is read out, in the order a copy must register it: reference data, customers, user groups
 * (whose members are customers), then the events recorded after event {@code sinceEventId} and up to event
 * {@code upToEventId}, in the order they were recorded (which is not always the order of their ids: an event can
 * commit after one with a higher id). Profiles and events are streamed a page at a time as they are consumed: close
 * nothing, hold nothing; each call starts a fresh read.
 *
 * @param org            the org itself, with its settings and its parent
 * @param referenceData  its programs, categories, strategies, promotions, currencies, tills and tiers
 * @param sinceEventId   the export gives the events after this one; 0 for all of them
 * @param upToEventId    the last event the export gives, fixed when it began; 0 when it gives none
 * @param eventCount     how many events {@link #events()} gives, for progress
 * @param customerPages  starts a fresh read of the org's customers; see {@link #customers()}
 * @param userGroupPages starts a fresh read of the org's user groups; see {@link #userGroups()}
 * @param eventPages     starts a fresh read of the export's events; see {@link #events()}
 */
public record LedgerExport(Org org, OrgReferenceData referenceData, long sinceEventId, long upToEventId, long eventCount,
                           Supplier<Stream<Customer>> customerPages, Supplier<Stream<UserGroup>> userGroupPages,
                           Supplier<Stream<LedgerEvent>> eventPages) {

    /**
     * Refuses missing parts and negative event ids or counts.
     *
     * @param org            the org itself, with its settings and its parent
     * @param referenceData  its programs, categories, strategies, promotions, currencies, tills and tiers
     * @param sinceEventId   the export gives the events after this one; 0 for all of them
     * @param upToEventId    the last event the export gives, fixed when it began; 0 when it gives none; 0 when it gives none
     * @param eventCount     how many events {@link #events()} gives, for progress
     * @param customerPages  starts a fresh read of the org's customers; see {@link #customers()}
     * @param userGroupPages starts a fresh read of the org's user groups; see {@link #userGroups()}
     * @param eventPages     starts a fresh read of the export's events; see {@link #events()}
     */
    public LedgerExport {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(customerPages, "customerPages");
        Objects.requireNonNull(userGroupPages, "userGroupPages");
        Objects.requireNonNull(eventPages, "eventPages");
        if (sinceEventId < 0 || upToEventId < 0 || eventCount < 0) {
            throw new IllegalArgumentException("event ids and counts are never negative");
        }
    }

    /**
     * The org's customers by id, each with its identifiers.
     *
     * @return a fresh read, a page at a time as it is consumed
     */
    public Stream<Customer> customers() {
        return customerPages.get();
    }

    /**
     * The org's user groups by id, each with its members.
     *
     * @return a fresh read, a page at a time as it is consumed
     */
    public Stream<UserGroup> userGroups() {
        return userGroupPages.get();
    }

    /**
     * The events of this export, in the order they were recorded.
     *
     * @return a fresh read, a page at a time as it is consumed; {@code eventCount} events
     */
    public Stream<LedgerEvent> events() {
        return eventPages.get();
    }
}

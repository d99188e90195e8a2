package io.ledgerlens.application.port.out.export;

import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgReferenceData;
import java.util.List;
import java.util.Optional;

/**
 * One org's ledger read out whole, for a copy of it: its reference data, its customers and user groups, and its
 * events in the order they were recorded. Profiles and events are read a page at a time, each page after the last
 * key of the one before (keyset paging), so that an org of millions of events is never held in memory and every
 * page costs the same. Nothing of another org is ever answered, whatever the ids given.
 */
public interface LedgerExportPort {

    /** The org, if registered. */
    Optional<Org> org(OrgId id);

    /** Everything the org has registered of each kind of reference data, each kind in id order. */
    OrgReferenceData referenceDataOf(OrgId org);

    /** Up to {@code count} of the org's customers with ids above {@code afterCustomerId}, by id, with their identifiers. */
    List<Customer> customersAfter(OrgId org, long afterCustomerId, int count);

    /** Up to {@code count} of the org's user groups with ids above {@code afterGroupId}, by id, with their members. */
    List<UserGroup> userGroupsAfter(OrgId org, long afterGroupId, int count);

    /** The id of the org's latest recorded event; 0 when it has none. Event ids grow as events are recorded. */
    long lastEventId(OrgId org);

    /** How many of the org's events have ids above {@code afterEventId} and up to {@code upToEventId}. */
    long countEvents(OrgId org, long afterEventId, long upToEventId);

    /**
     * Up to {@code count} of the org's events with ids above {@code afterEventId} and up to {@code upToEventId}, in
     * id order (the order they were recorded), each with every section an event has: the whole event.
     */
    List<LedgerEvent> eventsAfter(OrgId org, long afterEventId, long upToEventId, int count);

    /** The org's event recorded under {@code uniqueId} (unique within an org), if any. */
    Optional<EventLogId> eventWithUniqueId(OrgId org, String uniqueId);
}

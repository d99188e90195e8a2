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

    /**
     * The org, if registered.
     *
     * @param id the org to read out
     * @return the org with its settings and parent; empty when nobody registered it
     */
    Optional<Org> org(OrgId id);

    /**
     * Everything the org has registered of each kind of reference data, each kind in id order.
     *
     * @param org the org read out; never another org's data
     * @return its reference data; every kind empty for an org that registered none
     */
    OrgReferenceData referenceDataOf(OrgId org);

    /**
     * Up to {@code count} of the org's customers with ids above {@code afterCustomerId}, by id, with their identifiers.
     *
     * @param org             the org read out; never another org's customers
     * @param afterCustomerId the last customer id of the page before; 0 for the first page
     * @param count           the most customers to answer; fewer means this is the last page
     * @return the page's customers, in id order
     */
    List<Customer> customersAfter(OrgId org, long afterCustomerId, int count);

    /**
     * Up to {@code count} of the org's user groups with ids above {@code afterGroupId}, by id, with their members.
     *
     * @param org          the org read out; never another org's groups
     * @param afterGroupId the last group id of the page before; 0 for the first page
     * @param count        the most groups to answer; fewer means this is the last page
     * @return the page's groups, in id order
     */
    List<UserGroup> userGroupsAfter(OrgId org, long afterGroupId, int count);

    /**
     * The id of the org's latest recorded event; 0 when it has none. Event ids grow as events are recorded.
     *
     * @param org the org read out
     * @return where an export that begins now ends
     */
    long lastEventId(OrgId org);

    /**
     * How many of the org's events have ids above {@code afterEventId} and up to {@code upToEventId}.
     *
     * @param org          the org read out
     * @param afterEventId the last event a copy already holds; 0 for all of them
     * @param upToEventId  the last event the export gives
     * @return the number of events the export gives, for progress
     */
    long countEvents(OrgId org, long afterEventId, long upToEventId);

    /**
     * Up to {@code count} of the org's events with ids above {@code afterEventId} and up to {@code upToEventId}, in
     * id order (the order they were recorded), each with every section an event has: the whole event.
     *
     * @param org          the org read out; never another org's events
     * @param afterEventId the last event of the page before, or the last a copy already holds
     * @param upToEventId  the last event the export gives
     * @param count        the most events to answer; fewer means this is the last page
     * @return the page's events, whole, in id order
     */
    List<LedgerEvent> eventsAfter(OrgId org, long afterEventId, long upToEventId, int count);

    /**
     * The org's event recorded under {@code uniqueId} (unique within an org), if any.
     *
     * @param org      the org whose ledger is searched, and no other
     * @param uniqueId the writer's unique id of the event
     * @return the event's id; empty when the org recorded no event under it
     */
    Optional<EventLogId> eventWithUniqueId(OrgId org, String uniqueId);
}

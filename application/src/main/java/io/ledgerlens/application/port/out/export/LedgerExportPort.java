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
 * page costs the same. Events come in the order of record ({@link RecordedPlace}), which is not always the order of
 * their ids. Nothing of another org is ever answered, whatever the ids given.
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
     * The place of the org's latest recorded event: where an export that begins now ends.
     *
     * @param org the org read out
     * @return the last place of its order of record; {@link RecordedPlace#START} when it has no events
     */
    RecordedPlace lastPlace(OrgId org);

    /**
     * Where one of the org's events stands in its order of record.
     *
     * @param org   the org whose ledger is searched, and no other
     * @param event the event
     * @return its place; empty when the org recorded no such event
     */
    Optional<RecordedPlace> placeOf(OrgId org, EventLogId event);

    /**
     * How many of the org's events stand after {@code after} and up to {@code upTo}.
     *
     * @param org   the org read out
     * @param after the place of the last event a copy already holds; {@link RecordedPlace#START} for all of them
     * @param upTo  the place of the last event the export gives
     * @return the number of events the export gives, for progress
     */
    long countEvents(OrgId org, RecordedPlace after, RecordedPlace upTo);

    /**
     * Up to {@code count} of the org's events after {@code after} and up to {@code upTo}, in the order of record,
     * each with every section an event has: the whole event.
     *
     * @param org   the org read out; never another org's events
     * @param after the place of the last event of the page before, or of the last a copy already holds
     * @param upTo  the place of the last event the export gives
     * @param count the most events to answer; fewer means this is the last page
     * @return the page's events, whole, in the order of record, each with its place
     */
    List<PlacedEvent> eventsAfter(OrgId org, RecordedPlace after, RecordedPlace upTo, int count);

    /**
     * The org's event recorded under {@code uniqueId} (unique within an org), whole, if any.
     *
     * @param org      the org whose ledger is searched, and no other
     * @param uniqueId the writer's unique id of the event
     * @return the event with every section it has, and its place; empty when the org recorded no event under it
     */
    Optional<PlacedEvent> eventWithUniqueId(OrgId org, String uniqueId);
}

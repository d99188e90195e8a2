package io.ledgerlens.adapter.persistence.event;

import static io.ledgerlens.adapter.persistence.event.AllocationRows.allocationsWhere;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOM_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_TIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXTENDED_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.PAYMENT_MODE;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_ALLOCATION;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.RenderedQuery;
import io.ledgerlens.adapter.persistence.database.PostgresText;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.EventLookup;
import io.ledgerlens.application.port.out.LedgerOwner;
import io.ledgerlens.application.port.out.LoadLedgerEventsPort;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.PaymentMode;
import io.ledgerlens.domain.event.PointInTimeSlab;
import io.ledgerlens.domain.event.detail.EventDetail;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.PointsAllocation;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Loads a request's events with everything explode can show in a single
 * statement: the event rows, and for each, nested MULTISETs of its bill (with
 * line items and their allocations), its own allocations, fields, payment
 * modes, tiers and kind-specific detail. One round trip whatever the number of
 * events, line items or allocations.
 *
 * <p>The statement has the same text for every request (its variable parts
 * are bound as arrays), so it is rendered once, when the adapter is built:
 * rendering a statement of this size cost more than running it.
 */
public final class LedgerEventPersistenceAdapter implements LoadLedgerEventsPort {

    private static final Long[] NO_IDS = new Long[0];

    private final LedgerStore store;
    private final EventColumns columns = new EventColumns();
    private final RenderedQuery byIds;
    private final RenderedQuery byReferences;

    public LedgerEventPersistenceAdapter(LedgerStore store) {
        this.store = store;
        var ids = val(NO_IDS);
        var eventName = val("");
        var references = val(new String[0]);
        this.byIds = RenderedQuery.of(store, columns.ownedAndSelectedBy(LEDGER_EVENT.EVENT_LOG_ID.eq(any(ids))), 4);
        this.byReferences = RenderedQuery.of(store,
                columns.ownedAndSelectedBy(LEDGER_EVENT.EVENT_NAME.eq(eventName).and(LEDGER_EVENT.EVENT_REFERENCE_ID.eq(any(references)))), 5);
    }

    @Override
    public List<LedgerEvent> load(EventLookup lookup) {
        if (lookup.owners().isEmpty()) {
            return List.of();
        }
        var owners = Owners.of(lookup.owners());
        // The fence is the owners' orgs: the same tenancy, held by PostgreSQL as well as by the statement.
        var fence = TenantFence.of(lookup.owners().stream().map(LedgerOwner::orgId).toList());
        List<Record> rows;
        if (lookup.selector() instanceof EventSelector.ByEventIds selected) {
            rows = byIds.fetch(fence, owners.orgs(), owners.customers(), owners.groups(),
                    selected.ids().stream().map(EventLogId::value).toArray(Long[]::new));
        } else {
            var selected = (EventSelector.ByReferences) lookup.selector();
            rows = byReferences.fetch(fence, owners.orgs(), owners.customers(), owners.groups(), selected.eventName().wireName(),
                    selected.referenceIds().stream().filter(PostgresText::canBeStored).toArray(String[]::new));
        }
        return rows.stream().map(columns::toEvent).toList();
    }

    /**
     * The tenancy boundary, as three arrays: the owners' orgs, customers and
     * groups. A customer (or group) belongs to one org and an event's
     * (org, customer) pair is a foreign key, so "org in orgs and customer in
     * customers" is exactly "one of the owners' pairs".
     */
    private record Owners(Long[] orgs, Long[] customers, Long[] groups) {

        static Owners of(List<LedgerOwner> owners) {
            return new Owners(
                    owners.stream().map(o -> o.orgId().value()).distinct().toArray(Long[]::new),
                    owners.stream().map(LedgerOwner::subject).filter(EventSubject.OfCustomer.class::isInstance)
                            .map(s -> ((EventSubject.OfCustomer) s).customerId().value()).toArray(Long[]::new),
                    owners.stream().map(LedgerOwner::subject).filter(EventSubject.OfUserGroup.class::isInstance)
                            .map(s -> ((EventSubject.OfUserGroup) s).userGroupId().value()).toArray(Long[]::new));
        }
    }

    /** The selected columns and nested sections of an event, and how a row becomes a {@link LedgerEvent}. */
    private static final class EventColumns {

        private final Field<List<Bill>> bill = BillRows.billOf(LEDGER_EVENT.EVENT_LOG_ID);
        private final Field<List<PointsAllocation>> allocations = allocationsWhere(
                POINTS_ALLOCATION.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID).and(POINTS_ALLOCATION.PLACEMENT.eq(inline("EVENT"))));
        private final Field<List<NamedValue>> customFields = namedValues(CUSTOM_FIELD, CUSTOM_FIELD.NAME,
                CUSTOM_FIELD.VALUE, CUSTOM_FIELD.EVENT_LOG_ID, CUSTOM_FIELD.POSITION);
        private final Field<List<NamedValue>> extendedFields = namedValues(EXTENDED_FIELD, EXTENDED_FIELD.NAME,
                EXTENDED_FIELD.VALUE, EXTENDED_FIELD.EVENT_LOG_ID, EXTENDED_FIELD.POSITION);
        private final Field<List<PaymentMode>> paymentModes = multiset(select(PAYMENT_MODE.MODE, PAYMENT_MODE.AMOUNT)
                .from(PAYMENT_MODE).where(PAYMENT_MODE.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID)).orderBy(PAYMENT_MODE.POSITION))
                .convertFrom(rows -> rows.map(r -> new PaymentMode(r.value1(), r.value2())));
        private final Field<List<PointInTimeSlab>> tiers = multiset(select(EVENT_TIER.SLAB_NUMBER, EVENT_TIER.SLAB_NAME,
                        EVENT_TIER.PROGRAM_ID, EVENT_TIER.IS_DEFAULT_PROGRAM).from(EVENT_TIER)
                .where(EVENT_TIER.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID)).orderBy(EVENT_TIER.POSITION))
                .convertFrom(rows -> rows.map(r -> new PointInTimeSlab(r.value1(), r.value2(), r.value3(), r.value4())));
        private final List<Field<List<EventDetail>>> details = DetailRows.detailColumns(LEDGER_EVENT.EVENT_LOG_ID);

        /** Every column, owned by the owners bound first (orgs, customers, groups), selected by {@code selection}. */
        org.jooq.Select<?> ownedAndSelectedBy(Condition selection) {
            var orgs = val(NO_IDS);
            var customers = val(NO_IDS);
            var groups = val(NO_IDS);
            return select(LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_NAME,
                    LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID, LEDGER_EVENT.EVENT_REFERENCE_ID,
                    LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.TILL_ID,
                    bill, allocations, customFields, extendedFields, paymentModes, tiers)
                    .select(details)
                    .from(LEDGER_EVENT)
                    .where(LEDGER_EVENT.ORG_ID.eq(any(orgs)))
                    .and(LEDGER_EVENT.CUSTOMER_ID.eq(any(customers)).or(LEDGER_EVENT.USER_GROUP_ID.eq(any(groups))))
                    .and(selection)
                    .orderBy(LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.EVENT_LOG_ID);
        }

        LedgerEvent toEvent(Record r) {
            var builder = LedgerEvent.builder(EventLogId.of(r.get(LEDGER_EVENT.EVENT_LOG_ID)),
                            OrgId.of(r.get(LEDGER_EVENT.ORG_ID)), eventName(r.get(LEDGER_EVENT.EVENT_NAME)), subject(r))
                    .referenceId(r.get(LEDGER_EVENT.EVENT_REFERENCE_ID))
                    .uniqueId(r.get(LEDGER_EVENT.UNIQUE_ID))
                    .eventTime(r.get(LEDGER_EVENT.EVENT_TIME))
                    .tillId(r.get(LEDGER_EVENT.TILL_ID))
                    .allocations(r.get(allocations))
                    .customFields(r.get(customFields))
                    .extendedFields(r.get(extendedFields))
                    .paymentModes(r.get(paymentModes))
                    .pointInTimeSlabs(r.get(tiers))
                    .detail(DetailRows.detailIn(r, details));
            r.get(bill).stream().findFirst().ifPresent(builder::bill);
            return builder.build();
        }

        /** The schema admits known names only, so an unknown one is a broken invariant, not input. */
        private static EventName eventName(String stored) {
            return EventName.any(stored).orElseThrow(() -> new IllegalStateException("unknown event name in the ledger"));
        }

        private static EventSubject subject(Record r) {
            var customerId = r.get(LEDGER_EVENT.CUSTOMER_ID);
            return customerId != null
                    ? EventSubject.customer(CustomerId.of(customerId))
                    : EventSubject.userGroup(UserGroupId.of(r.get(LEDGER_EVENT.USER_GROUP_ID)));
        }

        /** Custom and extended fields share a shape: name and value, in recorded order. */
        private static Field<List<NamedValue>> namedValues(Table<?> table, Field<String> name, Field<String> value,
                                                           Field<Long> eventLogId, Field<Integer> position) {
            return multiset(select(name, value).from(table).where(eventLogId.eq(LEDGER_EVENT.EVENT_LOG_ID)).orderBy(position))
                    .convertFrom(rows -> rows.map(r -> new NamedValue(r.value1(), r.value2())));
        }
    }
}

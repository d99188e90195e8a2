package io.ledgerlens.adapter.persistence.event;

import static io.ledgerlens.adapter.persistence.event.AllocationRows.allocationsWhere;
import static io.ledgerlens.adapter.persistence.schema.Tables.BILL;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOM_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_TIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXTENDED_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.LINE_ITEM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PAYMENT_MODE;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_ALLOCATION;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.PostgresText;
import io.ledgerlens.application.port.out.EventLookup;
import io.ledgerlens.application.port.out.LedgerOwner;
import io.ledgerlens.application.port.out.LoadLedgerEventsPort;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.PaymentMode;
import io.ledgerlens.domain.event.PointInTimeSlab;
import io.ledgerlens.domain.explode.EventSelector;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Loads a request's events with everything explode can show in a single
 * statement: the event rows, and for each, nested MULTISETs of its bill (with
 * line items and their allocations), its own allocations, fields, payment
 * modes, tiers and kind-specific detail. One round trip whatever the number of events, line items
 * or allocations.
 */
public final class LedgerEventPersistenceAdapter implements LoadLedgerEventsPort {

    private static final String EVENT_LEVEL = "EVENT";

    private final LedgerStore store;

    public LedgerEventPersistenceAdapter(LedgerStore store) {
        this.store = store;
    }

    @Override
    public List<LedgerEvent> load(EventLookup lookup) {
        if (lookup.owners().isEmpty()) {
            return List.of();
        }
        var eventAllocations = allocationsWhere(POINTS_ALLOCATION.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID)
                .and(POINTS_ALLOCATION.PLACEMENT.eq(EVENT_LEVEL)));
        var customFields = namedValues(CUSTOM_FIELD, CUSTOM_FIELD.NAME, CUSTOM_FIELD.VALUE,
                CUSTOM_FIELD.EVENT_LOG_ID, CUSTOM_FIELD.POSITION);
        var extendedFields = namedValues(EXTENDED_FIELD, EXTENDED_FIELD.NAME, EXTENDED_FIELD.VALUE,
                EXTENDED_FIELD.EVENT_LOG_ID, EXTENDED_FIELD.POSITION);
        var paymentModes = multiset(select(PAYMENT_MODE.MODE, PAYMENT_MODE.AMOUNT).from(PAYMENT_MODE)
                .where(PAYMENT_MODE.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID)).orderBy(PAYMENT_MODE.POSITION))
                .convertFrom(rows -> rows.map(r -> new PaymentMode(r.value1(), r.value2())));
        var tiers = multiset(select(EVENT_TIER.SLAB_NUMBER, EVENT_TIER.SLAB_NAME, EVENT_TIER.PROGRAM_ID,
                        EVENT_TIER.IS_DEFAULT_PROGRAM).from(EVENT_TIER)
                .where(EVENT_TIER.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID)).orderBy(EVENT_TIER.POSITION))
                .convertFrom(rows -> rows.map(r -> new PointInTimeSlab(r.value1(), r.value2(), r.value3(), r.value4())));
        var bill = BillRows.billOf(LEDGER_EVENT.EVENT_LOG_ID);
        var detail = DetailRows.detailOf(LEDGER_EVENT.EVENT_LOG_ID);

        return store.read(dsl -> dsl
                .select(LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_NAME,
                        LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID, LEDGER_EVENT.EVENT_REFERENCE_ID,
                        LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.TILL_ID,
                        bill, eventAllocations, customFields, extendedFields, paymentModes, tiers, detail)
                .from(LEDGER_EVENT)
                .where(ownedBy(lookup.owners()))
                .and(selectedBy(lookup.selector()))
                .orderBy(LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.EVENT_LOG_ID)
                .fetch(r -> {
                    var builder = LedgerEvent.builder(EventLogId.of(r.value1()),
                                    io.ledgerlens.domain.org.OrgId.of(r.value2()),
                                    eventName(r.value3()), subject(r))
                            .referenceId(r.value6())
                            .uniqueId(r.value7())
                            .eventTime(r.value8())
                            .tillId(r.value9())
                            .allocations(r.value11())
                            .customFields(r.value12())
                            .extendedFields(r.value13())
                            .paymentModes(r.value14())
                            .pointInTimeSlabs(r.value15());
                    r.value10().stream().findFirst().ifPresent(builder::bill);
                    if (r.value16() != null) {
                        builder.detail(r.value16());
                    }
                    return builder.build();
                }));
    }

    /** The tenancy boundary: only rows of the owners, each in its own org. */
    private static Condition ownedBy(List<LedgerOwner> owners) {
        return or(owners.stream().map(owner -> {
            var inOrg = LEDGER_EVENT.ORG_ID.eq(owner.orgId().value());
            if (owner.subject() instanceof EventSubject.OfCustomer customer) {
                return inOrg.and(LEDGER_EVENT.CUSTOMER_ID.eq(customer.customerId().value()));
            }
            return inOrg.and(LEDGER_EVENT.USER_GROUP_ID.eq(((EventSubject.OfUserGroup) owner.subject()).userGroupId().value()));
        }).toList());
    }

    private static Condition selectedBy(EventSelector selector) {
        if (selector instanceof EventSelector.ByEventIds byIds) {
            return LEDGER_EVENT.EVENT_LOG_ID.in(byIds.ids().stream().map(EventLogId::value).toList());
        }
        if (selector instanceof EventSelector.ByReferences byReferences) {
            return LEDGER_EVENT.EVENT_NAME.eq(byReferences.eventName().wireName())
                    .and(LEDGER_EVENT.EVENT_REFERENCE_ID.in(byReferences.referenceIds().stream()
                            .filter(PostgresText::canBeStored).toList()));
        }
        return falseCondition();
    }

    /** The schema admits known names only, so an unknown one is a broken invariant, not input. */
    private static EventName eventName(String stored) {
        return EventName.any(stored).orElseThrow(() -> new IllegalStateException("unknown event name in the ledger"));
    }

    private static EventSubject subject(Record r) {
        var customerId = r.get(LEDGER_EVENT.CUSTOMER_ID);
        return customerId != null
                ? EventSubject.customer(io.ledgerlens.domain.customer.CustomerId.of(customerId))
                : EventSubject.userGroup(io.ledgerlens.domain.group.UserGroupId.of(r.get(LEDGER_EVENT.USER_GROUP_ID)));
    }

    /** Custom and extended fields share a shape: name and value, in recorded order. */
    private static Field<List<NamedValue>> namedValues(Table<?> table, Field<String> name, Field<String> value,
                                                       Field<Long> eventLogId, Field<Integer> position) {
        return multiset(select(name, value).from(table).where(eventLogId.eq(LEDGER_EVENT.EVENT_LOG_ID)).orderBy(position))
                .convertFrom(rows -> rows.map(r -> new NamedValue(r.value1(), r.value2())));
    }
}

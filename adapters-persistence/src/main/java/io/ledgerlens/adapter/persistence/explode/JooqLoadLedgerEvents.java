package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.explode.AllocationRows.allocationsWhere;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOM_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_TIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXTENDED_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.PAYMENT_MODE;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_ALLOCATION;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.unnest;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.PostgresText;
import io.ledgerlens.adapter.persistence.database.RenderedQuery;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.explode.CustomerEventLookup;
import io.ledgerlens.application.port.out.explode.CustomerEvents;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.LoadCustomerEventsPort;
import io.ledgerlens.application.port.out.explode.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.explode.ReferenceLookup;
import io.ledgerlens.application.port.out.explode.ReferencedEvents;
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
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.PointsAllocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.SelectConditionStep;
import org.jooq.SelectSeekStep2;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Loads a request's events with everything explode can show in a single
 * statement: the event rows, and for each, nested MULTISETs of its bill (with
 * line items and their allocations), its own allocations, fields, payment
 * modes, tiers and kind-specific detail. One round trip whatever the number of
 * events, line items or allocations. The sections an answer will not show
 * ({@link EventSections}) are bound off: each subquery's condition holds a bind
 * value, which PostgreSQL checks once (a one-time filter) before it looks up
 * the section's rows. One statement text serves every combination of flags, and
 * a bare explode reads the event, its bill's header, its own allocations and its
 * detail only.
 *
 * <p>The statement has the same text for every request (its variable parts
 * are bound as arrays), so it is rendered once, when the adapter is built:
 * rendering a statement of this size cost more than running it.
 */
public final class JooqLoadLedgerEvents implements LoadLedgerEventsPort, LoadCustomerEventsPort {

    // The statements' named parameters: each may be used more than once, and is bound at every use.
    private static final Param<Long[]> ORGS = param("orgs", Long[].class);
    private static final Param<Long[]> CUSTOMERS = param("customers", Long[].class);
    private static final Param<Long[]> GROUPS = param("groups", Long[].class);
    private static final Param<Long[]> EVENT_IDS = param("eventIds", Long[].class);
    private static final Param<String> EVENT_NAME = param("eventName", String.class);
    private static final Param<String[]> REFERENCES = param("references", String[].class);
    private static final Param<Integer> PAGE_SIZE = param("pageSize", Integer.class);
    private static final Param<Long> PAGE_START = param("pageStart", Long.class);
    // Which optional sections are read (EventSections): each subquery also asks its bind value, checked once per statement.
    private static final Param<Boolean> BILL_CONTENTS = param("billContents", Boolean.class);
    private static final Param<String[]> CUSTOM_FIELD_KINDS = param("customFieldKinds", String[].class);
    private static final Param<Boolean> EXTENDED_FIELDS = param("extendedFields", Boolean.class);
    private static final Param<Boolean> PAYMENT_MODES = param("paymentModes", Boolean.class);
    private static final Param<Boolean> TIERS = param("tiers", Boolean.class);

    private final LedgerStore store;
    private final EventColumns columns = new EventColumns();
    private final RenderedQuery byIds;
    private final ReferencePage byReferences = new ReferencePage();
    /**
     * For each shape of identifier ({@link CustomerLookup}), the customers it names with their events by id: one
     * round trip where finding the customer and then loading her events took two, each with its fence.
     */
    private final Map<CustomerLookup, RenderedQuery> customersWithEvents;

    public JooqLoadLedgerEvents(LedgerStore store) {
        this.store = store;
        this.byIds = RenderedQuery.named(store, columns.everyColumnAfter()
                .from(LEDGER_EVENT)
                .where(ownedBy(LEDGER_EVENT))
                .and(LEDGER_EVENT.EVENT_LOG_ID.eq(any(EVENT_IDS)))
                .orderBy(LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.EVENT_LOG_ID));
        byReferences.render(store, columns);
        this.customersWithEvents = CustomerLookup.EVERY.stream().collect(Collectors.toUnmodifiableMap(shape -> shape,
                shape -> RenderedQuery.named(store, customersWithEvents(shape))));
    }

    /**
     * The customers (org and id in the two first columns), each joined to those of her events the ids name: a row
     * for each such event, or one without an event for a customer who has none of them.
     */
    private SelectSeekStep2<Record, Instant, Long> customersWithEvents(CustomerLookup shape) {
        var customers = shape.template().asTable("customers");
        var org = customers.field(CUSTOMER.ORG_ID);
        var customer = customers.field(CUSTOMER.CUSTOMER_ID);
        return columns.everyColumnAfter(org, customer)
                .from(customers)
                .leftJoin(LEDGER_EVENT).on(LEDGER_EVENT.ORG_ID.eq(org))
                .and(LEDGER_EVENT.CUSTOMER_ID.eq(customer))
                .and(LEDGER_EVENT.EVENT_LOG_ID.eq(any(EVENT_IDS)))
                .orderBy(LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.EVENT_LOG_ID);
    }

    @Override
    public CustomerEvents load(CustomerEventLookup lookup) {
        if (lookup.orgs().isEmpty()) {
            return new CustomerEvents(List.of(), List.of());
        }
        var binds = new HashMap<>(CustomerLookup.binds(lookup.orgs(), lookup.identifier()));
        binds.putAll(sectionBinds(lookup.sections()));
        binds.put(EVENT_IDS.getName(), lookup.selector().ids().stream().map(EventLogId::value).toArray(Long[]::new));
        var rows = customersWithEvents.get(CustomerLookup.of(lookup.identifier())).fetch(TenantFence.of(lookup.orgs()), binds);
        var customers = rows.stream()
                .map(row -> new LedgerOwner(OrgId.of(row.get(0, Long.class)), EventSubject.customer(CustomerId.of(row.get(1, Long.class)))))
                .distinct()
                .sorted(Comparator.comparing(owner -> owner.orgId().value()))
                .toList();
        var events = rows.stream().filter(row -> row.get(LEDGER_EVENT.EVENT_LOG_ID) != null).map(columns::toEvent).toList();
        return new CustomerEvents(customers, events);
    }

    @Override
    public List<LedgerEvent> load(EventLookup lookup) {
        if (lookup.owners().isEmpty()) {
            return List.of();
        }
        var binds = bindsFor(lookup.owners(), lookup.sections());
        binds.put(EVENT_IDS.getName(), lookup.selector().ids().stream().map(EventLogId::value).toArray(Long[]::new));
        return byIds.fetch(fence(lookup.owners()), binds).stream().map(columns::toEvent).toList();
    }

    @Override
    public ReferencedEvents loadPage(ReferenceLookup lookup) {
        if (lookup.owners().isEmpty()) {
            return new ReferencedEvents(List.of(), Set.of());
        }
        var binds = bindsFor(lookup.owners(), lookup.sections());
        binds.put(EVENT_NAME.getName(), lookup.selector().eventName().wireName());
        binds.put(REFERENCES.getName(),
                lookup.selector().referenceIds().stream().filter(PostgresText::canBeStored).toArray(String[]::new));
        binds.put(PAGE_SIZE.getName(), lookup.page().limit());
        binds.put(PAGE_START.getName(), lookup.page().firstIndex());
        return byReferences.read(store, fence(lookup.owners()), binds, columns);
    }

    /** The fence is the owners' orgs: the same tenancy, held by PostgreSQL as well as by the statement. */
    private static TenantFence fence(List<LedgerOwner> owners) {
        return TenantFence.of(owners.stream().map(LedgerOwner::orgId).toList());
    }

    /** The owners' arrays, and which sections to read. */
    private static Map<String, Object> bindsFor(List<LedgerOwner> owners, EventSections sections) {
        var binds = owners(owners);
        binds.putAll(sectionBinds(sections));
        return binds;
    }

    /** Which sections to read. */
    private static Map<String, Object> sectionBinds(EventSections sections) {
        var binds = new HashMap<String, Object>();
        binds.put(BILL_CONTENTS.getName(), sections.billContents());
        binds.put(CUSTOM_FIELD_KINDS.getName(), sections.customFieldsOf().stream().map(EventName::wireName).toArray(String[]::new));
        binds.put(EXTENDED_FIELDS.getName(), sections.extendedFields());
        binds.put(PAYMENT_MODES.getName(), sections.paymentModes());
        binds.put(TIERS.getName(), sections.tiers());
        return binds;
    }

    /**
     * The tenancy boundary, as three arrays: the owners' orgs, customers and
     * groups. A customer (or group) belongs to one org and an event's
     * (org, customer) pair is a foreign key, so "org in orgs and customer in
     * customers" is exactly "one of the owners' pairs".
     */
    private static Map<String, Object> owners(List<LedgerOwner> owners) {
        var binds = new HashMap<String, Object>();
        binds.put(ORGS.getName(), owners.stream().map(o -> o.orgId().value()).distinct().toArray(Long[]::new));
        binds.put(CUSTOMERS.getName(), owners.stream().map(LedgerOwner::subject).filter(EventSubject.OfCustomer.class::isInstance)
                .map(s -> ((EventSubject.OfCustomer) s).customerId().value()).toArray(Long[]::new));
        binds.put(GROUPS.getName(), owners.stream().map(LedgerOwner::subject).filter(EventSubject.OfUserGroup.class::isInstance)
                .map(s -> ((EventSubject.OfUserGroup) s).userGroupId().value()).toArray(Long[]::new));
        return binds;
    }

    /** The events of {@code event} (the table or an alias of it) that are on one of the owners' ledgers. */
    private static Condition ownedBy(io.ledgerlens.adapter.persistence.schema.tables.LedgerEvent event) {
        return event.ORG_ID.eq(any(ORGS)).and(event.CUSTOMER_ID.eq(any(CUSTOMERS)).or(event.USER_GROUP_ID.eq(any(GROUPS))));
    }

    /**
     * One page of the events under an event name and references, in one
     * statement that reads only the page's events. Its rows: the page's events
     * (or, on an empty page, one row without an event), each carrying which
     * references matched any event at all. The page's ids are cut first, in the
     * answer's order (the reference's place in the request, event time, log id)
     * with LIMIT and OFFSET; only then are those events' sections read. Any
     * number of events may match a reference: every event recorded without one
     * has {@code -1}.
     */
    private static final class ReferencePage {

        private final io.ledgerlens.adapter.persistence.schema.tables.LedgerEvent candidate = LEDGER_EVENT.as("candidate");
        private final io.ledgerlens.adapter.persistence.schema.tables.LedgerEvent matching = LEDGER_EVENT.as("matching");
        private final Field<Integer> referencePosition =
                field("array_position({0}, {1})", Integer.class, REFERENCES, candidate.EVENT_REFERENCE_ID).as("reference_position");
        private Field<String[]> matchedReferences;
        private RenderedQuery query;

        void render(LedgerStore store, EventColumns columns) {
            var requested = unnest(REFERENCES).as("requested", "reference");
            var reference = requested.field("reference", String.class);
            var summary = select(array(select(reference).from(requested).whereExists(selectOne().from(matching)
                    .where(ownedBy(matching))
                    .and(matching.EVENT_NAME.eq(EVENT_NAME))
                    .and(matching.EVENT_REFERENCE_ID.eq(reference)))).as("matched_references"))
                    .asTable("summary");
            var page = candidatesOf(CUSTOMERS, candidate.CUSTOMER_ID).unionAll(candidatesOf(GROUPS, candidate.USER_GROUP_ID))
                    .orderBy(field(name("reference_position")), field(name(candidate.EVENT_TIME.getName())),
                            field(name(candidate.EVENT_LOG_ID.getName())))
                    .limit(PAGE_SIZE).offset(PAGE_START)
                    .asTable("page");
            matchedReferences = summary.field("matched_references", String[].class);
            var pageEventId = page.field(candidate.EVENT_LOG_ID);
            query = RenderedQuery.named(store, columns.everyColumnAfter(matchedReferences)
                    .from(summary)
                    .leftJoin(page).on(trueCondition())
                    .leftJoin(LEDGER_EVENT).on(LEDGER_EVENT.EVENT_LOG_ID.eq(pageEventId))
                    .orderBy(page.field(referencePosition), page.field(candidate.EVENT_TIME), pageEventId));
        }

        /**
         * The events under the name and references on the ledgers of {@code owners} (customers or groups), joined
         * from the unnested array rather than matched with {@code = any}: the statement runs on PostgreSQL's generic
         * plan, which cannot see how many owners the array holds, and on a ledger of 10⁵ events it chose to scan
         * the table for {@code = any} (43 ms a request) where the join walks the owner's index (about 1 ms).
         */
        private SelectConditionStep<Record3<Long, Integer, Instant>> candidatesOf(Param<Long[]> owners,
                                                                                      Field<Long> ownerColumn) {
            var owner = unnest(owners).as("owner", "id");
            return select(candidate.EVENT_LOG_ID, referencePosition, candidate.EVENT_TIME)
                    .from(owner)
                    .join(candidate).on(ownerColumn.eq(owner.field("id", Long.class)))
                    .where(candidate.ORG_ID.eq(any(ORGS)))
                    .and(candidate.EVENT_NAME.eq(EVENT_NAME))
                    .and(candidate.EVENT_REFERENCE_ID.eq(any(REFERENCES)));
        }

        ReferencedEvents read(LedgerStore store, TenantFence fence, Map<String, ?> binds, EventColumns columns) {
            var rows = query.fetch(fence, binds);
            var matched = rows.isEmpty() ? new String[0] : rows.get(0).get(matchedReferences);
            return new ReferencedEvents(
                    rows.stream().filter(row -> row.get(LEDGER_EVENT.EVENT_LOG_ID) != null).map(columns::toEvent).toList(),
                    Set.of(matched == null ? new String[0] : matched));
        }
    }

    /** The selected columns and nested sections of an event, and how a row becomes a {@link LedgerEvent}. */
    private static final class EventColumns {

        private final Field<List<Bill>> bill = BillRows.billOf(LEDGER_EVENT.EVENT_LOG_ID, DSL.condition(BILL_CONTENTS));
        /** A bill event books its points on the bill and its lines, never on the event: no lookup for it. */
        private final Field<List<PointsAllocation>> allocations = allocationsWhere(
                POINTS_ALLOCATION.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID).and(POINTS_ALLOCATION.PLACEMENT.eq(inline("EVENT")))
                        .and(LEDGER_EVENT.EVENT_NAME.notIn(billEventNames())));
        private final Field<List<NamedValue>> customFields = namedValues(CUSTOM_FIELD, CUSTOM_FIELD.NAME, CUSTOM_FIELD.VALUE,
                CUSTOM_FIELD.EVENT_LOG_ID, CUSTOM_FIELD.POSITION, LEDGER_EVENT.EVENT_NAME.eq(any(CUSTOM_FIELD_KINDS)));
        private final Field<List<NamedValue>> extendedFields = namedValues(EXTENDED_FIELD, EXTENDED_FIELD.NAME,
                EXTENDED_FIELD.VALUE, EXTENDED_FIELD.EVENT_LOG_ID, EXTENDED_FIELD.POSITION, DSL.condition(EXTENDED_FIELDS));
        private final Field<List<PaymentMode>> paymentModes = multiset(select(PAYMENT_MODE.MODE, PAYMENT_MODE.AMOUNT)
                .from(PAYMENT_MODE).where(PAYMENT_MODE.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID)).and(DSL.condition(PAYMENT_MODES))
                .orderBy(PAYMENT_MODE.POSITION))
                .convertFrom(rows -> rows.map(r -> new PaymentMode(r.value1(), r.value2())));
        private final Field<List<PointInTimeSlab>> tiers = multiset(select(EVENT_TIER.SLAB_NUMBER, EVENT_TIER.SLAB_NAME,
                        EVENT_TIER.PROGRAM_ID, EVENT_TIER.IS_DEFAULT_PROGRAM).from(EVENT_TIER)
                .where(EVENT_TIER.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID)).and(DSL.condition(TIERS)).orderBy(EVENT_TIER.POSITION))
                .convertFrom(rows -> rows.map(r -> new PointInTimeSlab(r.value1(), r.value2(), r.value3(), r.value4())));
        private final List<Field<List<EventDetail>>> details = DetailRows.detailColumns(LEDGER_EVENT.EVENT_LOG_ID,
                LEDGER_EVENT.EVENT_NAME);

        /** Every column of an event and its sections, after {@code leading} columns; FROM and WHERE are the caller's. */
        SelectSelectStep<Record> everyColumnAfter(Field<?>... leading) {
            var all = new ArrayList<Field<?>>(List.of(leading));
            all.addAll(List.of(LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_NAME,
                    LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID, LEDGER_EVENT.EVENT_REFERENCE_ID,
                    LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.TILL_ID,
                    bill, allocations, customFields, extendedFields, paymentModes, tiers));
            all.addAll(details);
            return DSL.select(all);
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

        private static List<Field<String>> billEventNames() {
            return Arrays.stream(EventName.values()).filter(EventName::isBillEvent).<Field<String>>map(name -> inline(name.wireName())).toList();
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

        /** Custom and extended fields share a shape: name and value, in recorded order, read where {@code shown}. */
        private static Field<List<NamedValue>> namedValues(Table<?> table, Field<String> name, Field<String> value,
                                                           Field<Long> eventLogId, Field<Integer> position, Condition shown) {
            return multiset(select(name, value).from(table).where(eventLogId.eq(LEDGER_EVENT.EVENT_LOG_ID)).and(shown)
                    .orderBy(position))
                    .convertFrom(rows -> rows.map(r -> new NamedValue(r.value1(), r.value2())));
        }
    }
}

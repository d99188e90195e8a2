package io.ledgerlens.adapter.persistence.export;

import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER_IDENTIFIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_CHAIN;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.ORG;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP_MEMBER;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.explode.JooqLoadLedgerEvents;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.export.LedgerExportPort;
import io.ledgerlens.application.port.out.export.PlacedEvent;
import io.ledgerlens.application.port.out.export.RecordedPlace;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgReferenceData;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;

/**
 * An org's ledger read out through the tenant fence of that org alone: every statement names the org and
 * PostgreSQL's row-level security holds it there as well. Pages are cut on the org's unique (org, id) indexes, and
 * events on the chain's (org, position), so each page is an index range scan whatever its place in the ledger; the
 * events no link names (from before the chain) are found by the chain's (org, event) index (V20), by id. Events are loaded whole by the explode
 * adapter's statement ({@link JooqLoadLedgerEvents}, every section), which reads every kind the chain verifies.
 */
public final class JooqLedgerExport implements LedgerExportPort {

    private final LedgerStore store;
    private final JooqLoadLedgerEvents events;

    /**
     * Over {@code store}, with the explode adapter's event statement rendered once for its pages.
     *
     * @param store the store the ledger is read from, fenced to one org per call
     */
    public JooqLedgerExport(LedgerStore store) {
        this.store = store;
        this.events = new JooqLoadLedgerEvents(store);
    }

    @Override
    public Optional<Org> org(OrgId id) {
        return store.read(TenantFence.of(id), dsl -> dsl.select(ORG.NAME, ORG.PARENT_ORG_ID, ORG.TIME_ZONE,
                        ORG.SOURCE_VALUE_CAPTURING).from(ORG).where(ORG.ORG_ID.eq(id.value()))
                .fetchOptional(r -> r.value2() == null
                        ? Org.root(id, r.value1(), ZoneId.of(r.value3()), r.value4())
                        : Org.childOf(OrgId.of(r.value2()), id, r.value1(), ZoneId.of(r.value3()), r.value4())));
    }

    @Override
    public OrgReferenceData referenceDataOf(OrgId org) {
        return store.read(TenantFence.of(org), dsl -> OrgReferenceDataRows.of(dsl, org));
    }

    @Override
    public List<Customer> customersAfter(OrgId org, long afterCustomerId, int count) {
        var identifiers = multiset(select(CUSTOMER_IDENTIFIER.IDENTIFIER_NAME, CUSTOMER_IDENTIFIER.IDENTIFIER_VALUE,
                CUSTOMER_IDENTIFIER.SOURCE, CUSTOMER_IDENTIFIER.ACCOUNT_ID).from(CUSTOMER_IDENTIFIER)
                .where(CUSTOMER_IDENTIFIER.ORG_ID.eq(CUSTOMER.ORG_ID)).and(CUSTOMER_IDENTIFIER.CUSTOMER_ID.eq(CUSTOMER.CUSTOMER_ID))
                .orderBy(CUSTOMER_IDENTIFIER.IDENTIFIER_NAME, CUSTOMER_IDENTIFIER.SOURCE, CUSTOMER_IDENTIFIER.ACCOUNT_ID,
                        CUSTOMER_IDENTIFIER.IDENTIFIER_VALUE))
                .convertFrom(rows -> rows.map(i -> new CustomerIdentifier(IdentifierName.valueOf(i.value1()), i.value2(),
                        Source.valueOf(i.value3()), AccountId.of(i.value4()))));
        return store.read(TenantFence.of(org), dsl -> dsl.select(CUSTOMER.CUSTOMER_ID, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME,
                        identifiers)
                .from(CUSTOMER)
                .where(CUSTOMER.ORG_ID.eq(org.value())).and(CUSTOMER.CUSTOMER_ID.gt(afterCustomerId))
                .orderBy(CUSTOMER.CUSTOMER_ID)
                .limit(count)
                .fetch(r -> Customer.register(CustomerId.of(r.value1()), org, r.value2(), r.value3(), r.value4())));
    }

    @Override
    public List<UserGroup> userGroupsAfter(OrgId org, long afterGroupId, int count) {
        var members = multiset(select(USER_GROUP_MEMBER.CUSTOMER_ID, USER_GROUP_MEMBER.IS_PRIMARY).from(USER_GROUP_MEMBER)
                .where(USER_GROUP_MEMBER.USER_GROUP_ID.eq(USER_GROUP.USER_GROUP_ID))
                // The org too: on Citus a subquery must name the distribution column, and this one org's shard alone.
                .and(USER_GROUP_MEMBER.ORG_ID.eq(org.value()))
                .orderBy(USER_GROUP_MEMBER.CUSTOMER_ID));
        return store.read(TenantFence.of(org), dsl -> dsl.select(USER_GROUP.USER_GROUP_ID, USER_GROUP.EXTERNAL_ID,
                        USER_GROUP.NAME, members)
                .from(USER_GROUP)
                .where(USER_GROUP.ORG_ID.eq(org.value())).and(USER_GROUP.USER_GROUP_ID.gt(afterGroupId))
                .orderBy(USER_GROUP.USER_GROUP_ID)
                .limit(count)
                .fetch(r -> UserGroup.form(UserGroupId.of(r.value1()), org, r.value2(), r.value3(),
                        r.value4().stream().filter(m -> m.value2()).map(m -> CustomerId.of(m.value1())).findFirst().orElse(null),
                        r.value4().map(m -> CustomerId.of(m.value1())))));
    }

    @Override
    public RecordedPlace lastPlace(OrgId org) {
        return store.read(TenantFence.of(org), dsl -> dsl.select(LEDGER_CHAIN.CHAIN_POSITION, LEDGER_CHAIN.EVENT_LOG_ID)
                .from(LEDGER_CHAIN).where(LEDGER_CHAIN.ORG_ID.eq(org.value()))
                .orderBy(LEDGER_CHAIN.CHAIN_POSITION.desc()).limit(1)
                .fetchOptional(r -> RecordedPlace.linked(r.value1(), r.value2()))
                .orElseGet(() -> {
                    // No chain yet: every event is from before it, and the last is the highest id.
                    var last = dsl.select(max(LEDGER_EVENT.EVENT_LOG_ID)).from(LEDGER_EVENT)
                            .where(LEDGER_EVENT.ORG_ID.eq(org.value())).fetchOne().value1();
                    return last == null ? RecordedPlace.START : RecordedPlace.unlinked(last);
                }));
    }

    @Override
    public Optional<RecordedPlace> placeOf(OrgId org, EventLogId event) {
        return store.read(TenantFence.of(org), dsl -> dsl.select(LEDGER_CHAIN.CHAIN_POSITION).from(LEDGER_EVENT)
                .leftJoin(LEDGER_CHAIN).on(LEDGER_CHAIN.ORG_ID.eq(LEDGER_EVENT.ORG_ID))
                .and(LEDGER_CHAIN.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID))
                .where(LEDGER_EVENT.ORG_ID.eq(org.value())).and(LEDGER_EVENT.EVENT_LOG_ID.eq(event.value()))
                .fetchOptional(r -> r.value1() == null ? RecordedPlace.unlinked(event.value())
                        : RecordedPlace.linked(r.value1(), event.value())));
    }

    @Override
    public long countEvents(OrgId org, RecordedPlace after, RecordedPlace upTo) {
        return store.read(TenantFence.of(org), dsl -> {
            long count = 0;
            if (!after.isLinked()) {
                count += dsl.select(count()).from(LEDGER_EVENT).where(unlinked(org, after, upTo)).fetchOne().value1();
            }
            if (upTo.isLinked()) {
                count += dsl.select(count()).from(LEDGER_CHAIN).join(LEDGER_EVENT).on(linkedEvent())
                        .where(linked(org, after, upTo)).fetchOne().value1();
            }
            return count;
        });
    }

    /**
     * The page's places, ids and owners, from the events before the chain and then from the chain, then its events
     * whole, as many at a time as a lookup takes, put back in the page's order.
     */
    @Override
    public List<PlacedEvent> eventsAfter(OrgId org, RecordedPlace after, RecordedPlace upTo, int count) {
        var page = store.read(TenantFence.of(org), dsl -> {
            var rows = new ArrayList<PageRow>(Math.min(count, 10_000));
            if (!after.isLinked()) {
                rows.addAll(dsl.select(LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID)
                        .from(LEDGER_EVENT).where(unlinked(org, after, upTo))
                        .orderBy(LEDGER_EVENT.EVENT_LOG_ID).limit(count)
                        .fetch(r -> PageRow.of(org, RecordedPlace.unlinked(r.value1()), r.value2(), r.value3())));
            }
            if (rows.size() < count && upTo.isLinked()) {
                rows.addAll(dsl.select(LEDGER_CHAIN.CHAIN_POSITION, LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.CUSTOMER_ID,
                                LEDGER_EVENT.USER_GROUP_ID)
                        .from(LEDGER_CHAIN).join(LEDGER_EVENT).on(linkedEvent())
                        .where(linked(org, after, upTo))
                        .orderBy(LEDGER_CHAIN.CHAIN_POSITION).limit(count - rows.size())
                        .fetch(r -> PageRow.of(org, RecordedPlace.linked(r.value1(), r.value2()), r.value3(), r.value4())));
            }
            return rows;
        });
        var loaded = new HashMap<EventLogId, LedgerEvent>(page.size() * 2);
        for (int from = 0; from < page.size(); from += EventSelector.MAX_EVENT_IDS) {
            var chunk = page.subList(from, Math.min(page.size(), from + EventSelector.MAX_EVENT_IDS));
            events.load(new EventLookup(chunk.stream().map(PageRow::owner).distinct().toList(),
                    new EventSelector.ByEventIds(chunk.stream().map(PageRow::id).toList())))
                    .forEach(event -> loaded.put(event.id(), event));
        }
        return page.stream().filter(row -> loaded.containsKey(row.id()))
                .map(row -> new PlacedEvent(row.place(), loaded.get(row.id()))).toList();
    }

    /** The org's events no link names, after {@code after} (itself one of them) and, if {@code upTo} is one, up to it. */
    private static Condition unlinked(OrgId org, RecordedPlace after, RecordedPlace upTo) {
        var condition = LEDGER_EVENT.ORG_ID.eq(org.value()).and(LEDGER_EVENT.EVENT_LOG_ID.gt(after.eventId()))
                .and(notExists(selectOne().from(LEDGER_CHAIN).where(linkedEvent())));
        return upTo.isLinked() ? condition : condition.and(LEDGER_EVENT.EVENT_LOG_ID.le(upTo.eventId()));
    }

    /** The org's links after {@code after} (from the chain's start when it is an event no link names) up to {@code upTo}. */
    private static Condition linked(OrgId org, RecordedPlace after, RecordedPlace upTo) {
        return LEDGER_CHAIN.ORG_ID.eq(org.value()).and(LEDGER_CHAIN.CHAIN_POSITION.gt(after.chainPosition()))
                .and(LEDGER_CHAIN.CHAIN_POSITION.le(upTo.chainPosition()));
    }

    private static Condition linkedEvent() {
        return LEDGER_CHAIN.ORG_ID.eq(LEDGER_EVENT.ORG_ID).and(LEDGER_CHAIN.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID));
    }

    private record PageRow(RecordedPlace place, EventLogId id, LedgerOwner owner) {
        static PageRow of(OrgId org, RecordedPlace place, Long customerId, Long userGroupId) {
            return new PageRow(place, EventLogId.of(place.eventId()), new LedgerOwner(org, customerId != null
                    ? EventSubject.customer(CustomerId.of(customerId))
                    : EventSubject.userGroup(UserGroupId.of(userGroupId))));
        }
    }

    @Override
    public Optional<PlacedEvent> eventWithUniqueId(OrgId org, String uniqueId) {
        var row = store.read(TenantFence.of(org), dsl -> dsl.select(LEDGER_EVENT.EVENT_LOG_ID, LEDGER_CHAIN.CHAIN_POSITION,
                        LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID)
                .from(LEDGER_EVENT).leftJoin(LEDGER_CHAIN).on(linkedEvent())
                .where(LEDGER_EVENT.ORG_ID.eq(org.value())).and(LEDGER_EVENT.UNIQUE_ID.eq(uniqueId))
                .fetchOptional(r -> PageRow.of(org, r.value2() == null ? RecordedPlace.unlinked(r.value1())
                        : RecordedPlace.linked(r.value2(), r.value1()), r.value3(), r.value4())));
        return row.flatMap(found -> events.load(new EventLookup(List.of(found.owner()),
                        new EventSelector.ByEventIds(List.of(found.id())))).stream().findFirst()
                .map(event -> new PlacedEvent(found.place(), event)));
    }
}

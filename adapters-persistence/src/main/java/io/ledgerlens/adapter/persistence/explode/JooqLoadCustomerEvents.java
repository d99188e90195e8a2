package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.param;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.RenderedQuery;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.explode.CustomerEventLookup;
import io.ledgerlens.application.port.out.explode.CustomerEvents;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.LoadCustomerEventsPort;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.SelectSeekStep2;

/**
 * Finds the customers an identifier names and loads those of their events the ids name, in one statement: the
 * customer lookup of {@link JooqResolveSubject} joined to the event statement of {@link JooqLoadLedgerEvents}. One
 * round trip, with one fence, where finding the customer and then loading her events took two. The statement for
 * each shape of identifier ({@link CustomerLookup}) and of sections ({@link SectionShape}) is rendered once.
 */
public final class JooqLoadCustomerEvents implements LoadCustomerEventsPort {

    private static final Param<Long[]> EVENT_IDS = param("eventIds", Long[].class);

    private final LedgerStore store;
    private final RememberedReferenceData references;
    /** Each shape of sections' columns and its statement for each shape of identifier, rendered when first asked for. */
    private final Map<SectionShape, Statements> shaped = new ConcurrentHashMap<>();

    /**
     * One shape of sections: its columns, and its statements by shape of identifier; {@code rowsByIds} reads events
     * of the request's orgs by id from their rows, for those without a document ({@link EventColumns#toEvents}).
     */
    private record Statements(EventColumns columns, Map<CustomerLookup, RenderedQuery> byIdentifier,
                              RenderedQuery rowsByIds) {
    }

    /**
     * Over the service's store; renders the statements that read events whole for every shape of identifier at
     * once, those of other shapes of sections when first asked for.
     *
     * <p>Nothing of the reference data is remembered: its names are joined to the allocations in each statement
     * (see {@link #JooqLoadCustomerEvents(LedgerStore, RememberedReferenceData)}).
     *
     * @param store the store, for the events and their reference data
     */
    public JooqLoadCustomerEvents(LedgerStore store) {
        this(store, new RememberedReferenceData(store, ChangeNotices.none()));
    }

    /**
     * Over the service's store; renders the statements that read events whole for every shape of identifier at
     * once, those of other shapes of sections when first asked for.
     *
     * @param store the service's store
     * @param references the reference data allocations name, remembered between requests
     */
    public JooqLoadCustomerEvents(LedgerStore store, RememberedReferenceData references) {
        this.store = store;
        this.references = references;
        statementsOf(SectionShape.ALL);
    }

    private Statements statementsOf(SectionShape shape) {
        return shaped.computeIfAbsent(shape, sections -> {
            var correlation = Correlation.of(store.kind());
            var columns = EventColumns.readingDocuments(sections, correlation);
            return new Statements(columns, CustomerLookup.EVERY.stream().collect(Collectors.toUnmodifiableMap(
                    identifier -> identifier,
                    identifier -> RenderedQuery.named(store, customersWithEvents(identifier, columns, correlation)))),
                    RenderedQuery.named(store, columns.fromRows().everyColumnAfter()
                            .from(LEDGER_EVENT)
                            .where(LEDGER_EVENT.ORG_ID.eq(any(CustomerLookup.ORGS)))
                            .and(LEDGER_EVENT.EVENT_LOG_ID.eq(any(EVENT_IDS)))));
        });
    }

    /**
     * The customers (org and id in the two first columns), each joined to those of her events the ids name: a row
     * for each such event, or one without an event for a customer who has none of them.
     */
    private static SelectSeekStep2<Record, Instant, Long> customersWithEvents(CustomerLookup shape, EventColumns columns,
                                                                              Correlation correlation) {
        var customers = shape.template().asTable("customers");
        var org = customers.field(CUSTOMER.ORG_ID);
        var customer = customers.field(CUSTOMER.CUSTOMER_ID);
        return columns.everyColumnAfter(org, customer)
                .from(customers)
                .leftJoin(LEDGER_EVENT).on(LEDGER_EVENT.ORG_ID.eq(org))
                .and(LEDGER_EVENT.CUSTOMER_ID.eq(customer))
                .and(LEDGER_EVENT.EVENT_LOG_ID.eq(any(EVENT_IDS)))
                .and(correlation.ofTheRequestedOrgs(LEDGER_EVENT.ORG_ID))
                .orderBy(LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.EVENT_LOG_ID);
    }

    @Override
    public CustomerEvents load(CustomerEventLookup lookup) {
        if (lookup.orgs().isEmpty()) {
            return new CustomerEvents(List.of(), List.of());
        }
        var statements = statementsOf(SectionShape.of(lookup.sections(), !references.remembering()));
        var binds = new HashMap<>(CustomerLookup.binds(lookup.orgs(), lookup.identifier()));
        binds.putAll(EventColumns.sectionBinds(lookup.sections()));
        binds.put(EVENT_IDS.getName(), lookup.selector().ids().stream().map(EventLogId::value).toArray(Long[]::new));
        var fence = TenantFence.of(lookup.orgs());
        var rows = statements.byIdentifier().get(CustomerLookup.of(lookup.identifier())).fetch(fence, binds);
        var customers = rows.stream()
                .map(row -> new LedgerOwner(OrgId.of(row.get(0, Long.class)), EventSubject.customer(CustomerId.of(row.get(1, Long.class)))))
                .distinct()
                .sorted(Comparator.comparing(owner -> owner.orgId().value()))
                .toList();
        var events = statements.columns().toEvents(
                rows.stream().filter(row -> row.get(LEDGER_EVENT.EVENT_LOG_ID) != null).toList(), fence, references,
                lookup.sections(), ids -> {
                    var byIds = new HashMap<>(binds);
                    byIds.put(EVENT_IDS.getName(), ids);
                    return statements.rowsByIds().fetch(fence, byIds);
                });
        return new CustomerEvents(customers, events);
    }
}

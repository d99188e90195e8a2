package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.unnest;
import static org.jooq.impl.DSL.with;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.PostgresText;
import io.ledgerlens.adapter.persistence.database.RenderedQuery;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.explode.ReferenceLookup;
import io.ledgerlens.application.port.out.explode.ReferencedEvents;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;

/**
 * Loads a request's events with everything explode can show in a single
 * statement: the event rows, and for each, nested MULTISETs of its bill (with
 * line items and their allocations), its own allocations, fields, payment
 * modes, tiers and kind-specific detail. One round trip whatever the number of
 * events, line items or allocations. The sections an answer will not show
 * ({@link EventSections}) are not in its statement: one statement is rendered
 * for each shape of sections asked for ({@link SectionShape}), once, and its
 * variable parts are bound as arrays, so its text is the same for every
 * request of that shape (rendering a statement of this size cost more than
 * running it).
 */
public final class JooqLoadLedgerEvents implements LoadLedgerEventsPort {

    // The statements' named parameters: each may be used more than once, and is bound at every use.
    private static final Param<Long[]> ORGS = param("orgs", Long[].class);
    private static final Param<Long[]> CUSTOMERS = param("customers", Long[].class);
    private static final Param<Long[]> GROUPS = param("groups", Long[].class);
    private static final Param<Long[]> EVENT_IDS = param("eventIds", Long[].class);
    private static final Param<String> EVENT_NAME = param("eventName", String.class);
    private static final Param<String[]> REFERENCES = param("references", String[].class);
    private static final Param<Integer> PAGE_SIZE = param("pageSize", Integer.class);
    private static final Param<Long> PAGE_START = param("pageStart", Long.class);

    private final LedgerStore store;
    private final RememberedReferenceData references;
    /** The statements of each shape of sections asked for, rendered at the first request of that shape. */
    private final Map<SectionShape, Statements> shaped = new ConcurrentHashMap<>();

    /**
     * One shape's columns, and its statements by ids and by references; {@code rowsByIds} reads events by ids from
     * their rows, for those without a document ({@link EventColumns#toEvents}).
     */
    private record Statements(EventColumns columns, RenderedQuery byIds, RenderedQuery rowsByIds,
                              ReferencePage byReferences) {

        /** Reads the events of {@code ids} from their rows, with the request's other binds. */
        EventColumns.RowsOfEvents withoutDocument(TenantFence fence, Map<String, Object> binds) {
            return ids -> {
                var byIds = new HashMap<>(binds);
                byIds.put(EVENT_IDS.getName(), ids);
                return rowsByIds.fetch(fence, byIds);
            };
        }
    }

    /**
     * Over {@code store}; renders the statements that read events whole at once, those of other shapes of sections
     * when first asked for.
     *
     * <p>Nothing of the reference data is remembered: its names are joined to the allocations in each statement
     * (see {@link #JooqLoadLedgerEvents(LedgerStore, RememberedReferenceData)}).
     *
     * @param store the store, for the events and their reference data
     */
    public JooqLoadLedgerEvents(LedgerStore store) {
        this(store, new RememberedReferenceData(store, ChangeNotices.none()));
    }

    /**
     * Over {@code store}; renders the statements that read events whole at once, those of other shapes of sections
     * when first asked for.
     *
     * @param store the store the events are read from, within each call's fence
     * @param references the reference data allocations name, remembered between requests
     */
    public JooqLoadLedgerEvents(LedgerStore store, RememberedReferenceData references) {
        this.store = store;
        this.references = references;
        statementsOf(SectionShape.ALL);
    }

    private Statements statementsOf(SectionShape shape) {
        return shaped.computeIfAbsent(shape, this::render);
    }

    private Statements render(SectionShape shape) {
        var correlation = Correlation.of(store.kind());
        var columns = EventColumns.readingDocuments(shape, correlation);
        var byIds = RenderedQuery.named(store, byIds(columns));
        var rowsByIds = columns.fromRows() == columns ? byIds : RenderedQuery.named(store, byIds(columns.fromRows()));
        var byReferences = new ReferencePage();
        byReferences.render(store, columns, store.kind() == DatabaseKind.CITUS);
        return new Statements(columns, byIds, rowsByIds, byReferences);
    }

    private static org.jooq.Select<?> byIds(EventColumns columns) {
        return columns.everyColumnAfter()
                .from(LEDGER_EVENT)
                .where(ownedBy(LEDGER_EVENT))
                .and(LEDGER_EVENT.EVENT_LOG_ID.eq(any(EVENT_IDS)))
                .orderBy(LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.EVENT_LOG_ID);
    }

    @Override
    public List<LedgerEvent> load(EventLookup lookup) {
        if (lookup.owners().isEmpty()) {
            return List.of();
        }
        var statements = statementsOf(SectionShape.of(lookup.sections(), !references.remembering()));
        var binds = bindsFor(lookup.owners(), lookup.sections());
        binds.put(EVENT_IDS.getName(), lookup.selector().ids().stream().map(EventLogId::value).toArray(Long[]::new));
        var fence = fence(lookup.owners());
        return statements.columns().toEvents(statements.byIds().fetch(fence, binds), fence, references,
                lookup.sections(), statements.withoutDocument(fence, binds));
    }

    @Override
    public ReferencedEvents loadPage(ReferenceLookup lookup) {
        if (lookup.owners().isEmpty()) {
            return new ReferencedEvents(List.of(), Set.of());
        }
        var statements = statementsOf(SectionShape.of(lookup.sections(), !references.remembering()));
        var binds = bindsFor(lookup.owners(), lookup.sections());
        binds.put(EVENT_NAME.getName(), lookup.selector().eventName().wireName());
        binds.put(REFERENCES.getName(),
                lookup.selector().referenceIds().stream().filter(PostgresText::canBeStored).toArray(String[]::new));
        binds.put(PAGE_SIZE.getName(), lookup.page().limit());
        binds.put(PAGE_START.getName(), lookup.page().firstIndex());
        return statements.byReferences().read(fence(lookup.owners()), binds, statements, references, lookup.sections());
    }

    /** The fence is the owners' orgs: the same tenancy, held by PostgreSQL as well as by the statement. */
    private static TenantFence fence(List<LedgerOwner> owners) {
        return TenantFence.of(owners.stream().map(LedgerOwner::orgId).toList());
    }

    /** The owners' arrays, and which sections to read. */
    private static Map<String, Object> bindsFor(List<LedgerOwner> owners, EventSections sections) {
        var binds = owners(owners);
        binds.putAll(EventColumns.sectionBinds(sections));
        return binds;
    }


    /**
     * The tenancy boundary, as three arrays: the owners' orgs, customers and
     * groups. A customer (or group) belongs to one org and an event's
     * (org, customer) pair names a customer of that org (the database's check:
     * V25's per statement, a foreign key on Citus), so "org in orgs and
     * customer in customers" is exactly "one of the owners' pairs".
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
     * statement that reads the sections of the page's events only. Its rows: the
     * page's events (or, on an empty page, one row without an event), each
     * carrying which references matched any event at all. The page is cut first,
     * in the answer's order (the reference's place in the request, event time, log
     * id) with LIMIT and OFFSET; only then are its events' sections read. Any
     * number of events may match a reference: every event recorded without one
     * has {@code -1}.
     */
    private static final class ReferencePage {

        private static final String REFERENCE_POSITION = "reference_position";
        private final io.ledgerlens.adapter.persistence.schema.tables.LedgerEvent candidate = LEDGER_EVENT.as("candidate");
        private final io.ledgerlens.adapter.persistence.schema.tables.LedgerEvent matching = LEDGER_EVENT.as("matching");
        private Field<String[]> matchedReferences;
        private Field<Long> pageEventId;
        private RenderedQuery query;
        /** On Citus: the page's event ids alone, whose events the statement by ids then reads (see {@link #read}). */
        private RenderedQuery pageOnly;

        void render(LedgerStore store, EventColumns columns, boolean pageApart) {
            if (pageApart) {
                renderApart(store);
                return;
            }
            // The owners' events under the name and references, read once: the page is cut from them, and the
            // references that matched are theirs.
            var candidates = name("candidates").as(ofOwners(CUSTOMERS, candidate.CUSTOMER_ID)
                    .unionAll(ofOwners(GROUPS, candidate.USER_GROUP_ID)));
            var reference = candidates.field(LEDGER_EVENT.EVENT_REFERENCE_ID);
            var position = candidates.field(name(REFERENCE_POSITION), Integer.class);
            var time = candidates.field(LEDGER_EVENT.EVENT_TIME);
            var id = candidates.field(LEDGER_EVENT.EVENT_LOG_ID);
            var summary = select(array(selectDistinct(reference).from(candidates)).as("matched_references"))
                    .asTable("summary");
            // The page carries its events' own columns, under the table's name: the sections' subqueries are
            // correlated with ledger_event.event_log_id, and find it here without reading each event again by id.
            var page = select(candidates.fields()).from(candidates)
                    .orderBy(position, time, id)
                    .limit(PAGE_SIZE).offset(PAGE_START)
                    .asTable(LEDGER_EVENT.getName());
            matchedReferences = summary.field("matched_references", String[].class);
            pageEventId = page.field(id);
            query = RenderedQuery.named(store, with(candidates).select(columns.columnsAfter(matchedReferences))
                    .from(summary)
                    .leftJoin(page).on(trueCondition())
                    .orderBy(page.field(position), page.field(time), pageEventId));
        }

        /**
         * The events under the name and references on the ledgers of {@code owners} (customers or groups), each
         * owner's read through its index, with each event's own columns and its reference's place in the request.
         * The statement runs on PostgreSQL's generic plan, which cannot see that the array holds a handful of owners:
         * matched with {@code = any} it scanned the table at 10⁵ events (43 ms a request); joined from the unnested
         * array it still chose to read the org's every event of the name, or the whole table, on ledgers of up to
         * some tens of thousands of events (3–7 ms at 10⁴, where the owner's index reads a few entries). A lateral
         * subquery kept apart by {@code offset 0} (so that it is not pulled up into that join) can only be run once
         * per owner, by its index, at every size.
         */
        private Select<Record> ofOwners(Param<Long[]> owners, Field<Long> ownerColumn) {
            var owner = unnest(owners).as("owner", "id");
            var ofOwner = select(EventColumns.EVENT_ROW.stream().map(candidate::field).toList())
                    .from(candidate)
                    .where(ownerColumn.eq(owner.field("id", Long.class)))
                    .and(candidate.ORG_ID.eq(any(ORGS)))
                    .and(candidate.EVENT_NAME.eq(EVENT_NAME))
                    .and(candidate.EVENT_REFERENCE_ID.eq(any(REFERENCES)))
                    .offset(inline(0))
                    .asTable("of_owner");
            var columns = new ArrayList<SelectField<?>>(List.of(ofOwner.fields()));
            columns.add(field("array_position({0}, {1})", Integer.class, REFERENCES,
                    ofOwner.field(candidate.EVENT_REFERENCE_ID)).as(REFERENCE_POSITION));
            return select(columns).from(owner).crossJoin(lateral(ofOwner));
        }

        /**
         * On Citus: which references matched, by the events' own references (a subquery correlated with the
         * unnested request cannot be planned over more than one shard: "correlated subqueries are not supported
         * when the FROM clause contains a set returning function", v2.1 ALL, a parent and its child), and the
         * page's ids, whose events {@link #readApart} reads by id.
         */
        private void renderApart(LedgerStore store) {
            var summary = select(array(selectDistinct(matching.EVENT_REFERENCE_ID).from(matching)
                    .where(ownedBy(matching))
                    .and(matching.EVENT_NAME.eq(EVENT_NAME))
                    .and(matching.EVENT_REFERENCE_ID.eq(any(REFERENCES)))).as("matched_references"))
                    .asTable("summary");
            var referencePosition = field("array_position({0}, {1})", Integer.class, REFERENCES,
                    candidate.EVENT_REFERENCE_ID).as("reference_position");
            var page = joinedOwners(CUSTOMERS, candidate.CUSTOMER_ID, referencePosition)
                    .unionAll(joinedOwners(GROUPS, candidate.USER_GROUP_ID, referencePosition))
                    .orderBy(field(name("reference_position")), field(name(candidate.EVENT_TIME.getName())),
                            field(name(candidate.EVENT_LOG_ID.getName())))
                    .limit(PAGE_SIZE).offset(PAGE_START)
                    .asTable("page");
            matchedReferences = summary.field("matched_references", String[].class);
            pageEventId = page.field(candidate.EVENT_LOG_ID);
            pageOnly = RenderedQuery.named(store, select(matchedReferences, pageEventId)
                    .from(summary)
                    .leftJoin(page).on(trueCondition())
                    .orderBy(page.field(referencePosition), page.field(candidate.EVENT_TIME), pageEventId));
        }

        /** The owners' events under the name and references, joined from the unnested array: Citus plans it for its values. */
        private SelectConditionStep<Record3<Long, Integer, Instant>> joinedOwners(Param<Long[]> owners,
                                                                                  Field<Long> ownerColumn,
                                                                                  Field<Integer> referencePosition) {
            var owner = unnest(owners).as("owner", "id");
            return select(candidate.EVENT_LOG_ID, referencePosition, candidate.EVENT_TIME)
                    .from(owner)
                    .join(candidate).on(ownerColumn.eq(owner.field("id", Long.class)))
                    .where(candidate.ORG_ID.eq(any(ORGS)))
                    .and(candidate.EVENT_NAME.eq(EVENT_NAME))
                    .and(candidate.EVENT_REFERENCE_ID.eq(any(REFERENCES)));
        }

        ReferencedEvents read(TenantFence fence, Map<String, Object> binds, Statements statements,
                              RememberedReferenceData references, EventSections sections) {
            if (pageOnly != null) {
                return readApart(fence, binds, statements, references, sections);
            }
            var columns = statements.columns();
            var rows = query.fetch(fence, binds);
            var matched = rows.isEmpty() ? new String[0] : rows.get(0).get(matchedReferences);
            return new ReferencedEvents(
                    columns.toEvents(rows.stream().filter(row -> row.get(LEDGER_EVENT.EVENT_LOG_ID) != null).toList(),
                            fence, references, sections, statements.withoutDocument(fence, binds)),
                    Set.of(matched == null ? new String[0] : matched));
        }

        /**
         * On Citus, the page and its events in two statements: the coordinator crashed (Citus 13.2.2, signal 11)
         * planning the one statement that joins the cut page to the events, and the events by id are the statement
         * that runs on the owners' shards. The page's order is kept; each event is checked against the owners again.
         */
        private ReferencedEvents readApart(TenantFence fence, Map<String, Object> binds, Statements statements,
                                           RememberedReferenceData references, EventSections sections) {
            var page = pageOnly.fetch(fence, binds);
            var matched = page.isEmpty() ? null : page.get(0).get(matchedReferences);
            var ids = page.stream().map(row -> row.get(pageEventId)).filter(Objects::nonNull).toList();
            var events = List.<LedgerEvent>of();
            if (!ids.isEmpty()) {
                var byIds = new HashMap<>(binds);
                byIds.put(EVENT_IDS.getName(), ids.toArray(Long[]::new));
                var loaded = statements.columns().toEvents(statements.byIds().fetch(fence, byIds), fence, references,
                        sections, statements.withoutDocument(fence, byIds));
                var position = new HashMap<Long, Integer>();
                ids.forEach(id -> position.putIfAbsent(id, position.size()));
                events = loaded.stream().sorted(Comparator.comparing(event -> position.get(event.id().value())))
                        .toList();
            }
            return new ReferencedEvents(events, Set.of(matched == null ? new String[0] : matched));
        }
    }
}

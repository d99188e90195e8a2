package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.explode.AllocationRows.allocationsWhere;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOM_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_SECTIONS;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_TIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXTENDED_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.PAYMENT_MODE;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_ALLOCATION;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.param;

import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.explode.BillRows.BillRow;
import io.ledgerlens.adapter.persistence.explode.SectionJson.SectionRow;
import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.domain.customer.CustomerId;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The selected columns and nested sections of an event, and how a row becomes a {@link LedgerEvent}: shared by every
 * statement that loads events whole. The optional sections ({@link EventSections}) a statement does not read are
 * left out of it ({@link SectionShape}): their columns are constant empty lists. Custom fields are read for the
 * event names a bind value lists ({@link #sectionBinds}).
 *
 * <p>Columns that read documents ({@link #readingDocuments}) select each event's document (V24, {@link EventDocument})
 * in place of the sections' subqueries, and keep from it what the shape shows as they read it; an event without one
 * is read by their twin that reads the rows ({@link #fromRows()}).
 */
final class EventColumns {

    /**
     * The event's own columns, read with its sections: the columns of {@code ledger_event}, or of a derived table
     * of that name with these columns, which the sections' subqueries are correlated with.
     */
    static final List<Field<?>> EVENT_ROW = List.of(LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID,
            LEDGER_EVENT.EVENT_NAME, LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID,
            LEDGER_EVENT.EVENT_REFERENCE_ID, LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.TILL_ID);

    static final Param<String[]> CUSTOM_FIELD_KINDS = param("customFieldKinds", String[].class);

    private final Field<List<BillRow>> bill;
    private final Field<List<StoredAllocation>> allocations;
    private final boolean joinedNames;
    private final SectionShape shape;
    /** In a statement that reads documents: each event's document (V24), else null; its sections' columns unread. */
    private final Field<JSONB> document;
    /** The columns that read the sections from the rows: these, or the twin of columns that read documents. */
    private final EventColumns fromRows;
    private final Field<List<NamedValue>> customFields;
    private final Field<List<NamedValue>> extendedFields;
    private final Field<List<PaymentMode>> paymentModes;
    private final Field<List<PointInTimeSlab>> tiers;
    private final List<Field<List<EventDetail>>> details;

    /** The columns of a statement of {@code shape} on one PostgreSQL (see {@link #EventColumns(SectionShape, Correlation)}). */
    EventColumns(SectionShape shape) {
        this(shape, Correlation.BY_EVENT);
    }

    /**
     * The columns of a statement of {@code shape}: the sections it leaves out are empty lists, and not looked up; the
     * others matched to their event as {@code correlation} says.
     */
    EventColumns(SectionShape shape, Correlation correlation) {
        this.shape = shape;
        this.document = null;
        this.fromRows = this;
        this.details = DetailRows.detailColumns(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.EVENT_NAME,
                correlation);
        this.bill = BillRows.billOf(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_LOG_ID, shape.billContents(), correlation);
        var ofTheEvent = correlation.rowsOf(POINTS_ALLOCATION.ORG_ID, POINTS_ALLOCATION.EVENT_LOG_ID,
                LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_LOG_ID);
        // With a bill's contents, every allocation of the event, placed on the event, its bill or its lines in
        // toEvent; without, the event's own, and none for a bill event, which books its points on its bill and lines.
        this.allocations = allocationsWhere(shape.billContents() ? ofTheEvent : ofTheEvent
                .and(POINTS_ALLOCATION.PLACEMENT.eq(inline(Placement.EVENT.name())))
                .and(LEDGER_EVENT.EVENT_NAME.notIn(billEventNames())), shape.joinedNames(), correlation);
        this.joinedNames = shape.joinedNames();
        this.customFields = readOrEmpty(shape.customFields(), namedValues(CUSTOM_FIELD, CUSTOM_FIELD.NAME,
                CUSTOM_FIELD.VALUE, ofTheEvent(correlation, CUSTOM_FIELD.ORG_ID, CUSTOM_FIELD.EVENT_LOG_ID),
                CUSTOM_FIELD.POSITION, LEDGER_EVENT.EVENT_NAME.eq(any(CUSTOM_FIELD_KINDS))));
        this.extendedFields = readOrEmpty(shape.extendedFields(), namedValues(EXTENDED_FIELD, EXTENDED_FIELD.NAME,
                EXTENDED_FIELD.VALUE, ofTheEvent(correlation, EXTENDED_FIELD.ORG_ID, EXTENDED_FIELD.EVENT_LOG_ID),
                EXTENDED_FIELD.POSITION, DSL.noCondition()));
        this.paymentModes = readOrEmpty(shape.paymentModes(), SectionJson.read(SectionJson.rows(
                List.of(PAYMENT_MODE.MODE, PAYMENT_MODE.AMOUNT), PAYMENT_MODE,
                ofTheEvent(correlation, PAYMENT_MODE.ORG_ID, PAYMENT_MODE.EVENT_LOG_ID), PAYMENT_MODE.POSITION),
                EventColumns::paymentMode));
        this.tiers = readOrEmpty(shape.tiers(), SectionJson.read(SectionJson.rows(
                List.of(EVENT_TIER.SLAB_NUMBER, EVENT_TIER.SLAB_NAME, EVENT_TIER.PROGRAM_ID, EVENT_TIER.IS_DEFAULT_PROGRAM),
                EVENT_TIER, ofTheEvent(correlation, EVENT_TIER.ORG_ID, EVENT_TIER.EVENT_LOG_ID), EVENT_TIER.POSITION),
                EventColumns::tier));
    }

    /**
     * The columns of a statement of {@code fromRows}'s shape that reads each event's sections from its document
     * (V24), one index lookup, where {@code fromRows} runs a subquery per section; the details as {@code fromRows}
     * reads them. An event without a document is read by {@code fromRows}'s statement ({@link #toEvents}).
     */
    private EventColumns(EventColumns fromRows, Correlation correlation) {
        if (fromRows.joinedNames) {
            throw new IllegalArgumentException("a document names reference data by id only");
        }
        this.shape = fromRows.shape;
        this.fromRows = fromRows;
        this.details = fromRows.details;
        this.joinedNames = false;
        this.document = DSL.field(DSL.select(EVENT_SECTIONS.SECTIONS).from(EVENT_SECTIONS).where(
                correlation.rowsOf(EVENT_SECTIONS.ORG_ID, EVENT_SECTIONS.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID,
                        LEDGER_EVENT.EVENT_LOG_ID)));
        this.bill = null;
        this.allocations = null;
        this.customFields = null;
        this.extendedFields = null;
        this.paymentModes = null;
        this.tiers = null;
    }

    /**
     * The columns of a statement of {@code shape} that reads the events' documents, with {@link #fromRows()} for
     * events without one; or, for a shape that joins the reference data's names, which documents do not hold, the
     * columns that read the rows.
     */
    static EventColumns readingDocuments(SectionShape shape, Correlation correlation) {
        var fromRows = new EventColumns(shape, correlation);
        return shape.joinedNames() ? fromRows : new EventColumns(fromRows, correlation);
    }

    /**
     * An event's document as its rows hold it: this statement's sections in a document's order
     * ({@link EventDocument}), for the events recorded before documents ({@link EventDocumentBackfill}).
     */
    Field<JSONB> asDocument() {
        if (document != null || !shape.equals(SectionShape.ALL)) {
            throw new IllegalStateException("a document is every section read from the rows");
        }
        return DSL.field("json_build_array({0}, {1}, {2}, {3}, {4}, {5})", SQLDataType.JSONB,
                bill, allocations, customFields, extendedFields, paymentModes, tiers);
    }

    /** The columns that read the sections from the rows: these, or the twin of columns that read documents. */
    EventColumns fromRows() {
        return fromRows;
    }

    /**
     * {@code section} when it is read, else a constant empty list of its type: what its MULTISET answers for an
     * event with no such rows, with no table in the plan.
     */
    static <T> Field<T> readOrEmpty(boolean read, Field<T> section) {
        return read ? section : DSL.field("json_build_array()", section.getDataType());
    }

    /** Every column of an event and its sections, after {@code leading} columns; FROM and WHERE are the caller's. */
    SelectSelectStep<Record> everyColumnAfter(Field<?>... leading) {
        return DSL.select(columnsAfter(leading));
    }

    /** Every column of an event and its sections, after {@code leading} columns: for a select of the caller's making. */
    List<Field<?>> columnsAfter(Field<?>... leading) {
        var all = new ArrayList<Field<?>>(List.of(leading));
        all.addAll(EVENT_ROW);
        all.addAll(document != null ? List.of(document)
                : List.of(bill, allocations, customFields, extendedFields, paymentModes, tiers));
        all.addAll(details);
        return all;
    }

    /** Reads the rows of events, by id, with the columns of {@link #fromRows()}: those of events without a document. */
    @FunctionalInterface
    interface RowsOfEvents {
        List<Record> of(Long[] ids);
    }

    /** An event's row and its sections, read from its document or its rows. */
    private record ReadEvent(Record row, EventDocument.Sections sections) {
    }

    /**
     * The events of {@code rows} (each row an event), their allocations' reference data named as the statement
     * joined them, or else from what {@code references} remembers or reads within {@code fence}. Events whose
     * document is missing (recorded before V24) are read from their rows, by {@code withoutDocument}.
     */
    List<LedgerEvent> toEvents(List<Record> rows, TenantFence fence, RememberedReferenceData references,
                               EventSections sections, RowsOfEvents withoutDocument) {
        var read = new ArrayList<ReadEvent>(rows.size());
        var missing = new ArrayList<Long>();
        for (var row : rows) {
            var fromDocument = sectionsOf(row, sections);
            read.add(new ReadEvent(row, fromDocument));
            if (fromDocument == null) {
                missing.add(row.get(LEDGER_EVENT.EVENT_LOG_ID));
            }
        }
        if (!missing.isEmpty()) {
            var fromRowsById = new HashMap<Long, Record>();
            withoutDocument.of(missing.toArray(Long[]::new))
                    .forEach(row -> fromRowsById.put(row.get(LEDGER_EVENT.EVENT_LOG_ID), row));
            for (int i = 0; i < read.size(); i++) {
                if (read.get(i).sections() == null) {
                    var row = fromRowsById.get(read.get(i).row().get(LEDGER_EVENT.EVENT_LOG_ID));
                    if (row == null) {
                        throw new IllegalStateException("an event read a moment ago could not be read from its rows");
                    }
                    read.set(i, new ReadEvent(row, fromRows.sectionsOf(row, sections)));
                }
            }
        }
        var byOrg = new HashMap<Long, List<StoredAllocation>>();
        for (var event : read) {
            byOrg.computeIfAbsent(event.row().get(LEDGER_EVENT.ORG_ID), org -> new ArrayList<>())
                    .addAll(event.sections().allocations());
        }
        var names = joinedNames ? ReferenceNames.joined(byOrg) : references.namesOf(fence, byOrg);
        return read.stream().map(event -> toEvent(event.row(), event.sections(), names)).toList();
    }

    /** The sections of an event's row: from its columns, or its document; null for an event without one. */
    private EventDocument.Sections sectionsOf(Record r, EventSections sections) {
        if (document == null) {
            return new EventDocument.Sections(r.get(bill), r.get(allocations), r.get(customFields),
                    r.get(extendedFields), r.get(paymentModes), r.get(tiers));
        }
        var json = r.get(document);
        return json == null ? null
                : EventDocument.read(json.data(), eventName(r.get(LEDGER_EVENT.EVENT_NAME)), shape, sections);
    }

    private LedgerEvent toEvent(Record r, EventDocument.Sections sections, ReferenceNames names) {
        var name = eventName(r.get(LEDGER_EVENT.EVENT_NAME));
        long org = r.get(LEDGER_EVENT.ORG_ID);
        var placed = sections.allocations().stream().flatMap(stored -> stored.named(org, names).stream()).toList();
        var builder = LedgerEvent.builder(EventLogId.of(r.get(LEDGER_EVENT.EVENT_LOG_ID)),
                        OrgId.of(org), name, subject(r))
                .referenceId(r.get(LEDGER_EVENT.EVENT_REFERENCE_ID))
                .uniqueId(r.get(LEDGER_EVENT.UNIQUE_ID))
                .eventTime(r.get(LEDGER_EVENT.EVENT_TIME))
                .tillId(r.get(LEDGER_EVENT.TILL_ID))
                .allocations(name.isBillEvent() ? List.of() : PlacedAllocation.bookedOn(placed, Placement.EVENT))
                .customFields(sections.customFields())
                .extendedFields(sections.extendedFields())
                .paymentModes(sections.paymentModes())
                .pointInTimeSlabs(sections.tiers())
                .detail(DetailRows.detailIn(r, details));
        sections.bill().stream().findFirst().map(read -> read.withAllocations(placed)).ifPresent(builder::bill);
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

    /** The rows of a section table whose org and event columns are {@code org} and {@code id}: the event's. */
    private static Condition ofTheEvent(Correlation correlation, Field<Long> org, Field<Long> id) {
        return correlation.rowsOf(org, id, LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_LOG_ID);
    }

    /** Custom and extended fields share a shape: name and value, in recorded order, of the event's, where {@code shown}. */
    private static Field<List<NamedValue>> namedValues(Table<?> table, Field<String> name, Field<String> value,
                                                       Condition ofTheEvent, Field<Integer> position, Condition shown) {
        return SectionJson.read(SectionJson.rows(List.of(name, value), table, ofTheEvent.and(shown), position),
                EventColumns::namedValue);
    }

    /** A custom or extended field's columns: name, value. */
    static NamedValue namedValue(SectionRow row) throws IOException {
        return new NamedValue(row.text(), row.text());
    }

    /** A payment mode's columns: mode, amount. */
    static PaymentMode paymentMode(SectionRow row) throws IOException {
        return new PaymentMode(row.text(), row.decimal());
    }

    /** A tier's columns: slab number and name, program, whether it is the default program. */
    static PointInTimeSlab tier(SectionRow row) throws IOException {
        return new PointInTimeSlab(row.int32(), row.text(), row.int64(), row.bool());
    }

    /** The event names whose custom fields are read: the one section bound, not shaped (see {@link SectionShape}). */
    static Map<String, Object> sectionBinds(EventSections sections) {
        var binds = new HashMap<String, Object>();
        binds.put(CUSTOM_FIELD_KINDS.getName(), sections.customFieldsOf().stream().map(EventName::wireName).toArray(String[]::new));
        return binds;
    }
}

package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.ADJUSTMENT_DEDUCTION;
import static io.ledgerlens.adapter.persistence.schema.Tables.BEHAVIORAL_ATTRIBUTE;
import static io.ledgerlens.adapter.persistence.schema.Tables.BEHAVIORAL_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_PROGRAM_POINTS;
import static io.ledgerlens.adapter.persistence.schema.Tables.GENERIC_EVENT_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.GOODWILL_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.IMPORT_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.MANUAL_ADJUSTMENT_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.PROGRAM;
import static io.ledgerlens.adapter.persistence.schema.Tables.REDEMPTION_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.TARGET_COMPLETED_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.TRANSFER_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.TRANSFER_PARTY;
import static io.ledgerlens.adapter.persistence.schema.Tables.VOUCHER_REDEMPTION_DETAIL;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.detail.AwardedRefType;
import io.ledgerlens.domain.event.detail.Deduction;
import io.ledgerlens.domain.event.detail.EventDetail;
import io.ledgerlens.domain.event.detail.GenericEventDetail;
import io.ledgerlens.domain.event.detail.GoodwillDetail;
import io.ledgerlens.domain.event.detail.ImportDetail;
import io.ledgerlens.domain.event.detail.ManualAdjustmentDetail;
import io.ledgerlens.domain.event.detail.ProgramPoints;
import io.ledgerlens.domain.event.detail.RedemptionDetail;
import io.ledgerlens.domain.event.detail.TargetCompletedDetail;
import io.ledgerlens.domain.event.detail.TransferDetail;
import io.ledgerlens.domain.event.detail.VoucherRedemptionDetail;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The kind-specific block of an event (§7.5), read inside the event statement: one column per kind of detail, of
 * which at most one has a row.
 *
 * <p>Each column calls that kind's function (V21), only for the event names the kind is recorded on. Written as a
 * nested MULTISET, every kind's subquery was part of every statement's plan: PostgreSQL locks, opens and prepares
 * each of the eight tables and their indexes at every execution, even for a purchase that has none of them. That
 * was a third of an explode's time in PostgreSQL (pgbench of the statement alone, generic plans: 1,550 against
 * 2,350 statements a second without them). A function's own plan is prepared when it is first called on a
 * connection and run only for its events.
 *
 * <p>The functions' bodies are the queries below, rendered by jOOQ (as {@link #definitionOf} does): what a column
 * reads is still written here once, in jOOQ, and {@code DetailFunctionsTest} fails the build when a function in
 * the schema no longer says what its query renders, so that a change here comes with its migration.
 */
final class DetailRows {

    static final String REDEEMED = "REDEEMED";
    static final String DEDUCTED = "DEDUCTED";

    /** The name the functions' bodies give the event's id. */
    static final String EVENT_LOG_ID_PARAMETER = "p_event_log_id";

    /**
     * One kind of detail: the schema function that reads it (V21), the event names it is recorded on, and its query.
     *
     * @param function   the function's name, taking the event's id and answering its rows as a MULTISET's JSON
     * @param recordedOn the names of the events that carry it
     * @param query      its rows of one event, given the event's org and id and how its rows are matched to them
     */
    record DetailKind(String function, List<EventName> recordedOn, Query query) {
    }

    /** A kind's rows of one event: the event's org and id, and how each of its tables' rows are matched to them. */
    @FunctionalInterface
    interface Query {
        Field<List<EventDetail>> of(Correlation correlation, Field<Long> org, Field<Long> id);
    }

    /** Every kind, in the order of their columns. */
    static final List<DetailKind> KINDS = List.of(
            new DetailKind("ledger_generic_event_detail", List.of(EventName.GENERIC_EVENT), DetailRows::generic),
            new DetailKind("ledger_goodwill_detail", List.of(EventName.ALLOCATE_GOODWILL_POINTS), DetailRows::goodwill),
            new DetailKind("ledger_redemption_detail", List.of(EventName.POINTS_REDEMPTION), DetailRows::redemption),
            new DetailKind("ledger_transfer_detail", List.of(EventName.POINTS_TRANSFER), DetailRows::transfer),
            new DetailKind("ledger_target_completed_detail", List.of(EventName.TARGET_COMPLETED), DetailRows::target),
            new DetailKind("ledger_voucher_redemption_detail", List.of(EventName.VOUCHER_REDEMPTION), DetailRows::voucher),
            new DetailKind("ledger_manual_adjustment_detail", List.of(EventName.MANUAL_POINTS_ADJUSTMENT),
                    DetailRows::adjustment),
            new DetailKind("ledger_import_detail", List.of(EventName.CUSTOMER_PROMOTION_IMPORT,
                    EventName.LINE_ITEMS_POINTS_PROMOTION_IMPORT, EventName.BILL_POINTS_PROMOTION_IMPORT), DetailRows::imported));

    private DetailRows() {
    }

    /**
     * One column per kind of detail, each a list of zero or one detail: the kind's function, called only for the
     * event names that kind is recorded on (as each detail's {@code recordedOn} says); any other event's column is
     * null in SQL, read as an empty list.
     */
    static List<Field<List<EventDetail>>> detailColumns(Field<Long> orgId, Field<Long> eventLogId, Field<String> eventName,
                                                        Correlation correlation) {
        if (correlation.readsDetailsInline()) {
            // On Citus a function's own query of a shard's table, run from a query pushed down to that shard, would be
            // a nested distributed execution, which Citus refuses: each kind's query is a subquery of the statement.
            return KINDS.stream().map(kind -> kind.query().of(correlation, orgId, eventLogId)).toList();
        }
        // Null, not an empty array, for the other events: jOOQ reads a null column as it is, where it parsed each empty
        // array with a JSON parser of its own, and at least seven of the eight columns are empty for every event.
        return KINDS.stream().map(kind -> DSL.field("case when {0} then " + kind.function() + "({1}) end",
                definitionOf(kind).getDataType(), named(eventName, kind.recordedOn()), eventLogId)).toList();
    }

    /** What {@code kind}'s function answers: its query of the event named by the function's parameter. */
    static Field<List<EventDetail>> definitionOf(DetailKind kind) {
        return kind.query().of(Correlation.BY_EVENT, null, DSL.field(DSL.name(EVENT_LOG_ID_PARAMETER), SQLDataType.BIGINT));
    }

    /** The event's detail: the one found among {@code columns}, if any. */
    static EventDetail detailIn(Record row, List<Field<List<EventDetail>>> columns) {
        return columns.stream().flatMap(column -> row.get(column).stream()).findFirst().orElse(null);
    }

    /** A kind's details as {@code mapper} reads its rows; none when its column is null, for an event of another kind. */
    private static <R extends Record> Function<Result<R>, List<EventDetail>> detailsOf(RecordMapper<R, EventDetail> mapper) {
        return rows -> rows == null ? List.of() : rows.map(mapper);
    }

    private static Condition named(Field<String> eventName, List<EventName> names) {
        return eventName.in(names.stream().map(name -> inline(name.wireName())).toList());
    }

    private static Field<List<EventDetail>> generic(Correlation correlation, Field<Long> org, Field<Long> id) {
        var attributes = multiset(select(BEHAVIORAL_ATTRIBUTE.NAME, BEHAVIORAL_ATTRIBUTE.VALUE_TYPE, BEHAVIORAL_ATTRIBUTE.VALUE)
                .from(BEHAVIORAL_ATTRIBUTE)
                .where(correlation.rowsOf(BEHAVIORAL_ATTRIBUTE.ORG_ID, BEHAVIORAL_ATTRIBUTE.EVENT_LOG_ID,
                        BEHAVIORAL_FIELD.ORG_ID, BEHAVIORAL_FIELD.EVENT_LOG_ID))
                .and(BEHAVIORAL_ATTRIBUTE.FIELD_POSITION.eq(BEHAVIORAL_FIELD.POSITION))
                .orderBy(BEHAVIORAL_ATTRIBUTE.POSITION))
                .convertFrom(rows -> {
                    var byName = new LinkedHashMap<String, GenericEventDetail.Attribute>();
                    rows.forEach(r -> byName.put(r.value1(), new GenericEventDetail.Attribute(r.value2(), r.value3())));
                    return byName;
                });
        var fields = multiset(select(BEHAVIORAL_FIELD.FIELD_NAME, BEHAVIORAL_FIELD.FIELD_TYPE, attributes)
                .from(BEHAVIORAL_FIELD)
                .where(correlation.rowsOf(BEHAVIORAL_FIELD.ORG_ID, BEHAVIORAL_FIELD.EVENT_LOG_ID,
                        GENERIC_EVENT_DETAIL.ORG_ID, GENERIC_EVENT_DETAIL.EVENT_LOG_ID))
                .orderBy(BEHAVIORAL_FIELD.POSITION))
                .convertFrom(rows -> rows.map(r -> new GenericEventDetail.Field(r.value1(), r.value2(), r.value3())));
        return multiset(select(GENERIC_EVENT_DETAIL.EVENT_DISPLAY_NAME, GENERIC_EVENT_DETAIL.DISPLAY_NAME,
                GENERIC_EVENT_DETAIL.LABEL, fields).from(GENERIC_EVENT_DETAIL)
                .where(correlation.rowsOf(GENERIC_EVENT_DETAIL.ORG_ID, GENERIC_EVENT_DETAIL.EVENT_LOG_ID, org, id)))
                .convertFrom(detailsOf(r -> new GenericEventDetail(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    private static Field<List<EventDetail>> goodwill(Correlation correlation, Field<Long> org, Field<Long> id) {
        return multiset(select(GOODWILL_DETAIL.REASON, GOODWILL_DETAIL.COMMENTS, GOODWILL_DETAIL.ASSOC_ID,
                GOODWILL_DETAIL.REQUEST_ID).from(GOODWILL_DETAIL)
                .where(correlation.rowsOf(GOODWILL_DETAIL.ORG_ID, GOODWILL_DETAIL.EVENT_LOG_ID, org, id)))
                .convertFrom(detailsOf(r ->
                        new GoodwillDetail(r.value1(), r.value2(), Optional.ofNullable(r.value3()), r.value4())));
    }

    private static Field<List<EventDetail>> redemption(Correlation correlation, Field<Long> org, Field<Long> id) {
        var d = REDEMPTION_DETAIL;
        return multiset(select(d.POINTS_REDEEMED, d.REDEMPTION_PURPOSE, d.TRANSACTION_NUMBER, d.BILLING_TIME,
                d.EXTERNAL_REFERENCE_NUMBER, d.REDEMPTION_ID, d.NOTES, d.GROUP_REDEMPTION,
                programPoints(correlation, d.ORG_ID, d.EVENT_LOG_ID, REDEEMED))
                .from(d).where(correlation.rowsOf(d.ORG_ID, d.EVENT_LOG_ID, org, id)))
                .convertFrom(detailsOf(r -> new RedemptionDetail(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9())));
    }

    private static Field<List<EventDetail>> transfer(Correlation correlation, Field<Long> org, Field<Long> id) {
        var from = TRANSFER_PARTY.as("transfer_from");
        var to = TRANSFER_PARTY.as("transfer_to");
        return multiset(select(TRANSFER_DETAIL.NOTES,
                from.USER_ID, from.FIRST_NAME, from.LAST_NAME, from.TRANSFER_TYPE, programPoints(correlation, TRANSFER_DETAIL.ORG_ID, TRANSFER_DETAIL.EVENT_LOG_ID, "TRANSFERRED_FROM"),
                to.USER_ID, to.FIRST_NAME, to.LAST_NAME, to.TRANSFER_TYPE, programPoints(correlation, TRANSFER_DETAIL.ORG_ID, TRANSFER_DETAIL.EVENT_LOG_ID, "TRANSFERRED_TO"))
                .from(TRANSFER_DETAIL)
                .join(from).on(correlation.rowsOf(from.ORG_ID, from.EVENT_LOG_ID, TRANSFER_DETAIL.ORG_ID, TRANSFER_DETAIL.EVENT_LOG_ID)
                        .and(from.DIRECTION.eq(inline("FROM"))))
                .join(to).on(correlation.rowsOf(to.ORG_ID, to.EVENT_LOG_ID, TRANSFER_DETAIL.ORG_ID, TRANSFER_DETAIL.EVENT_LOG_ID)
                        .and(to.DIRECTION.eq(inline("TO"))))
                .where(correlation.rowsOf(TRANSFER_DETAIL.ORG_ID, TRANSFER_DETAIL.EVENT_LOG_ID, org, id)))
                .convertFrom(detailsOf(r -> new TransferDetail(
                        new TransferDetail.Party(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()),
                        new TransferDetail.Party(r.value7(), r.value8(), r.value9(), r.value10(), r.value11()),
                        r.value1())));
    }

    private static Field<List<EventDetail>> target(Correlation correlation, Field<Long> org, Field<Long> id) {
        var t = TARGET_COMPLETED_DETAIL;
        return multiset(select(t.fields()).from(t).where(correlation.rowsOf(t.ORG_ID, t.EVENT_LOG_ID, org, id)))
                .convertFrom(detailsOf(r -> new TargetCompletedDetail(
                        r.get(t.TARGET_GROUP_ID), r.get(t.TARGET_GROUP_NAME), r.get(t.TARGET_ID), r.get(t.TARGET_NAME),
                        r.get(t.TARGET_DESCRIPTION), r.get(t.TARGET_PERIOD_ID), r.get(t.TARGET_PERIOD_NAME),
                        r.get(t.TARGET_VALUE), Optional.ofNullable(r.get(t.ACHIEVED_VALUE)),
                        Optional.ofNullable(r.get(t.TRIGGER_VALUE)), Optional.ofNullable(r.get(t.SOURCE_ID)),
                        r.get(t.SOURCE_TYPE), r.get(t.MILESTONE_NAME), r.get(t.POINTS_EARNED))));
    }

    private static Field<List<EventDetail>> voucher(Correlation correlation, Field<Long> org, Field<Long> id) {
        var v = VOUCHER_REDEMPTION_DETAIL;
        return multiset(select(v.VOUCHER_ISSUED_ID, v.VOUCHER_SERIES_ID, v.REDEEMED_VOUCHER_CODE, v.REDEEM_DATE)
                .from(v).where(correlation.rowsOf(v.ORG_ID, v.EVENT_LOG_ID, org, id)))
                .convertFrom(detailsOf(r -> new VoucherRedemptionDetail(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    private static Field<List<EventDetail>> adjustment(Correlation correlation, Field<Long> org, Field<Long> id) {
        var m = MANUAL_ADJUSTMENT_DETAIL;
        return multiset(select(m.TOTAL_POINTS_DEDUCTED, m.CREATED_ON, m.REASON,
                programPoints(correlation, m.ORG_ID, m.EVENT_LOG_ID, DEDUCTED), deductions(correlation, m.ORG_ID, m.EVENT_LOG_ID))
                .from(m).where(correlation.rowsOf(m.ORG_ID, m.EVENT_LOG_ID, org, id)))
                .convertFrom(detailsOf(r -> new ManualAdjustmentDetail(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5())));
    }

    /** The allocations an adjustment consumed (§7.5.2), in their order; none for one recorded before revision 2. */
    private static Field<List<Deduction>> deductions(Correlation correlation, Field<Long> org, Field<Long> id) {
        var d = ADJUSTMENT_DEDUCTION;
        return multiset(select(d.LOYALTY_ID, d.POINTS, PROGRAM.PROGRAM_ID, PROGRAM.NAME, PROGRAM.IS_DEFAULT, d.CURRENCY_VALUE,
                d.PROMOTION_ID, d.PROMOTION_NAME, d.AWARDED_REF_TYPE, d.AWARDED_REF_ID, d.DEDUCTED_ON, d.DEDUCTED_BY,
                d.DEDUCTED_BY_ID, d.SOURCE_TYPE, d.AWARDED_TILL_ID, d.AWARDED_TILL_DATE).from(d)
                .join(PROGRAM).on(PROGRAM.ORG_ID.eq(d.ORG_ID).and(PROGRAM.PROGRAM_ID.eq(d.PROGRAM_ID))
                        .and(correlation.ofTheRequestedOrgs(PROGRAM.ORG_ID)))
                .where(correlation.rowsOf(d.ORG_ID, d.EVENT_LOG_ID, org, id))
                .orderBy(d.POSITION))
                .convertFrom(rows -> rows.map(r -> new Deduction(Optional.ofNullable(r.value1()),
                        new ProgramPoints(r.value2(), new Program(r.value3(), r.value4(), r.value5())), r.value6(),
                        Optional.ofNullable(r.value7()).map(promotion -> new Promotion(promotion, r.value8(),
                                Optional.empty(), Optional.empty())),
                        AwardedRefType.valueOf(r.value9()), r.value10(), r.value11(), r.value12(), r.value13(),
                        r.value14(), r.value15(), r.value16())));
    }

    private static Field<List<EventDetail>> imported(Correlation correlation, Field<Long> org, Field<Long> id) {
        var i = IMPORT_DETAIL;
        return multiset(select(i.EVENT_DISPLAY_NAME, i.FILE_NAME, i.IMPORT_START_TIME, i.IMPORT_END_TIME, i.PROFILE_NAME,
                i.PROFILE_TYPE).from(i).where(correlation.rowsOf(i.ORG_ID, i.EVENT_LOG_ID, org, id)))
                .convertFrom(detailsOf(r -> new ImportDetail(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6())));
    }

    /** Per-program points of one role (redeemed, transferred, deducted), with the program's name. */
    private static Field<List<ProgramPoints>> programPoints(Correlation correlation, Field<Long> org, Field<Long> id,
                                                            String role) {
        var p = EVENT_PROGRAM_POINTS;
        return multiset(select(p.POINTS, PROGRAM.PROGRAM_ID, PROGRAM.NAME, PROGRAM.IS_DEFAULT).from(p)
                .join(PROGRAM).on(PROGRAM.ORG_ID.eq(p.ORG_ID).and(PROGRAM.PROGRAM_ID.eq(p.PROGRAM_ID))
                        .and(correlation.ofTheRequestedOrgs(PROGRAM.ORG_ID)))
                .where(correlation.rowsOf(p.ORG_ID, p.EVENT_LOG_ID, org, id)).and(p.ROLE.eq(inline(role)))
                .orderBy(p.POSITION))
                .convertFrom(rows -> rows.map(r -> new ProgramPoints(r.value1(), new Program(r.value2(), r.value3(), r.value4()))));
    }
}

package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.ADJUSTMENT_DEDUCTION;
import static io.ledgerlens.adapter.persistence.schema.Tables.BEHAVIORAL_ATTRIBUTE;
import static io.ledgerlens.adapter.persistence.schema.Tables.BEHAVIORAL_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_PROGRAM_POINTS;
import static io.ledgerlens.adapter.persistence.schema.Tables.GENERIC_EVENT_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.GOODWILL_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.IMPORT_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.MANUAL_ADJUSTMENT_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.REDEMPTION_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.TARGET_COMPLETED_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.TRANSFER_DETAIL;
import static io.ledgerlens.adapter.persistence.schema.Tables.TRANSFER_PARTY;
import static io.ledgerlens.adapter.persistence.schema.Tables.VOUCHER_REDEMPTION_DETAIL;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.domain.event.LedgerEvent;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The kind-specific blocks of a batch of events, table by table, parents before children (a behavioural event before
 * its fields, a transfer before its parties): on one PostgreSQL one call that inserts the tables with rows (V26), on
 * Citus one insert per table with rows.
 */
final class DetailRowWriter {

    /** What a refusal in the details' call names: every table it writes is a part of the event's details. */
    private static final String WRITE_DETAILS = "ledger_write_details";
    /** The tables the call writes: one parameter each, as many as {@link #queue} hands {@link Details}. */
    private static final int DETAIL_TABLES = 13;
    /**
     * The call of V26: for each of the thirteen tables, in the order of its parameters, one JSON array, empty for no
     * rows. Never null: the driver binds a null without a type, and each pattern of nulls made a statement of its own.
     */
    private static final String CALL = "select " + WRITE_DETAILS + "("
            + String.join(", ", Collections.nCopies(DETAIL_TABLES, "?::json")) + ")";

    private final RowBatch generic = new RowBatch(GENERIC_EVENT_DETAIL, GENERIC_EVENT_DETAIL.ORG_ID,
            GENERIC_EVENT_DETAIL.EVENT_LOG_ID, GENERIC_EVENT_DETAIL.EVENT_DISPLAY_NAME, GENERIC_EVENT_DETAIL.DISPLAY_NAME,
            GENERIC_EVENT_DETAIL.LABEL);
    private final RowBatch fields = new RowBatch(BEHAVIORAL_FIELD, BEHAVIORAL_FIELD.ORG_ID, BEHAVIORAL_FIELD.EVENT_LOG_ID,
            BEHAVIORAL_FIELD.POSITION, BEHAVIORAL_FIELD.FIELD_NAME, BEHAVIORAL_FIELD.FIELD_TYPE);
    private final RowBatch attributes = new RowBatch(BEHAVIORAL_ATTRIBUTE, BEHAVIORAL_ATTRIBUTE.ORG_ID,
            BEHAVIORAL_ATTRIBUTE.EVENT_LOG_ID, BEHAVIORAL_ATTRIBUTE.FIELD_POSITION, BEHAVIORAL_ATTRIBUTE.POSITION,
            BEHAVIORAL_ATTRIBUTE.NAME, BEHAVIORAL_ATTRIBUTE.VALUE_TYPE, BEHAVIORAL_ATTRIBUTE.VALUE);
    private final RowBatch goodwill = new RowBatch(GOODWILL_DETAIL, GOODWILL_DETAIL.ORG_ID, GOODWILL_DETAIL.EVENT_LOG_ID,
            GOODWILL_DETAIL.REASON, GOODWILL_DETAIL.COMMENTS, GOODWILL_DETAIL.ASSOC_ID, GOODWILL_DETAIL.REQUEST_ID);
    private final RowBatch redemptions = new RowBatch(REDEMPTION_DETAIL, REDEMPTION_DETAIL.ORG_ID,
            REDEMPTION_DETAIL.EVENT_LOG_ID, REDEMPTION_DETAIL.POINTS_REDEEMED, REDEMPTION_DETAIL.REDEMPTION_PURPOSE,
            REDEMPTION_DETAIL.TRANSACTION_NUMBER, REDEMPTION_DETAIL.BILLING_TIME, REDEMPTION_DETAIL.EXTERNAL_REFERENCE_NUMBER,
            REDEMPTION_DETAIL.REDEMPTION_ID, REDEMPTION_DETAIL.NOTES, REDEMPTION_DETAIL.GROUP_REDEMPTION);
    private final RowBatch transfers = new RowBatch(TRANSFER_DETAIL, TRANSFER_DETAIL.ORG_ID, TRANSFER_DETAIL.EVENT_LOG_ID,
            TRANSFER_DETAIL.NOTES);
    private final RowBatch parties = new RowBatch(TRANSFER_PARTY, TRANSFER_PARTY.ORG_ID, TRANSFER_PARTY.EVENT_LOG_ID,
            TRANSFER_PARTY.DIRECTION, TRANSFER_PARTY.USER_ID, TRANSFER_PARTY.FIRST_NAME, TRANSFER_PARTY.LAST_NAME,
            TRANSFER_PARTY.TRANSFER_TYPE);
    private final RowBatch targets = new RowBatch(TARGET_COMPLETED_DETAIL, TARGET_COMPLETED_DETAIL.ORG_ID,
            TARGET_COMPLETED_DETAIL.EVENT_LOG_ID, TARGET_COMPLETED_DETAIL.TARGET_GROUP_ID,
            TARGET_COMPLETED_DETAIL.TARGET_GROUP_NAME, TARGET_COMPLETED_DETAIL.TARGET_ID, TARGET_COMPLETED_DETAIL.TARGET_NAME,
            TARGET_COMPLETED_DETAIL.TARGET_DESCRIPTION, TARGET_COMPLETED_DETAIL.TARGET_PERIOD_ID,
            TARGET_COMPLETED_DETAIL.TARGET_PERIOD_NAME, TARGET_COMPLETED_DETAIL.TARGET_VALUE,
            TARGET_COMPLETED_DETAIL.ACHIEVED_VALUE, TARGET_COMPLETED_DETAIL.TRIGGER_VALUE, TARGET_COMPLETED_DETAIL.SOURCE_ID,
            TARGET_COMPLETED_DETAIL.SOURCE_TYPE, TARGET_COMPLETED_DETAIL.MILESTONE_NAME, TARGET_COMPLETED_DETAIL.POINTS_EARNED);
    private final RowBatch vouchers = new RowBatch(VOUCHER_REDEMPTION_DETAIL, VOUCHER_REDEMPTION_DETAIL.ORG_ID,
            VOUCHER_REDEMPTION_DETAIL.EVENT_LOG_ID, VOUCHER_REDEMPTION_DETAIL.VOUCHER_ISSUED_ID,
            VOUCHER_REDEMPTION_DETAIL.VOUCHER_SERIES_ID, VOUCHER_REDEMPTION_DETAIL.REDEEMED_VOUCHER_CODE,
            VOUCHER_REDEMPTION_DETAIL.REDEEM_DATE);
    private final RowBatch adjustments = new RowBatch(MANUAL_ADJUSTMENT_DETAIL, MANUAL_ADJUSTMENT_DETAIL.ORG_ID,
            MANUAL_ADJUSTMENT_DETAIL.EVENT_LOG_ID, MANUAL_ADJUSTMENT_DETAIL.TOTAL_POINTS_DEDUCTED,
            MANUAL_ADJUSTMENT_DETAIL.CREATED_ON, MANUAL_ADJUSTMENT_DETAIL.REASON);
    private final RowBatch deductions = new RowBatch(ADJUSTMENT_DEDUCTION, ADJUSTMENT_DEDUCTION.ORG_ID,
            ADJUSTMENT_DEDUCTION.EVENT_LOG_ID, ADJUSTMENT_DEDUCTION.POSITION, ADJUSTMENT_DEDUCTION.LOYALTY_ID,
            ADJUSTMENT_DEDUCTION.PROGRAM_ID, ADJUSTMENT_DEDUCTION.POINTS, ADJUSTMENT_DEDUCTION.CURRENCY_VALUE,
            ADJUSTMENT_DEDUCTION.PROMOTION_ID, ADJUSTMENT_DEDUCTION.PROMOTION_NAME, ADJUSTMENT_DEDUCTION.AWARDED_REF_TYPE,
            ADJUSTMENT_DEDUCTION.AWARDED_REF_ID, ADJUSTMENT_DEDUCTION.DEDUCTED_ON, ADJUSTMENT_DEDUCTION.DEDUCTED_BY,
            ADJUSTMENT_DEDUCTION.DEDUCTED_BY_ID, ADJUSTMENT_DEDUCTION.SOURCE_TYPE, ADJUSTMENT_DEDUCTION.AWARDED_TILL_ID,
            ADJUSTMENT_DEDUCTION.AWARDED_TILL_DATE);
    private final RowBatch imports = new RowBatch(IMPORT_DETAIL, IMPORT_DETAIL.ORG_ID, IMPORT_DETAIL.EVENT_LOG_ID,
            IMPORT_DETAIL.EVENT_DISPLAY_NAME, IMPORT_DETAIL.FILE_NAME, IMPORT_DETAIL.IMPORT_START_TIME,
            IMPORT_DETAIL.IMPORT_END_TIME, IMPORT_DETAIL.PROFILE_NAME, IMPORT_DETAIL.PROFILE_TYPE);
    private final RowBatch programPoints = new RowBatch(EVENT_PROGRAM_POINTS, EVENT_PROGRAM_POINTS.ORG_ID,
            EVENT_PROGRAM_POINTS.EVENT_LOG_ID, EVENT_PROGRAM_POINTS.ROLE, EVENT_PROGRAM_POINTS.POSITION,
            EVENT_PROGRAM_POINTS.POINTS, EVENT_PROGRAM_POINTS.PROGRAM_ID);

    /** Queues the blocks of {@code events} in one statement (their programs are {@link ReferenceDataRows}'). */
    static void queue(Pipeline pipeline, List<LedgerEvent> events) {
        var writer = new DetailRowWriter();
        for (var event : events) {
            event.detail().ifPresent(detail -> writer.add(event.orgId().value(), event.id().value(), detail));
        }
        pipeline.write(WRITE_DETAILS, new Details(List.of(writer.generic, writer.fields, writer.attributes,
                writer.goodwill, writer.redemptions, writer.transfers, writer.parties, writer.targets, writer.vouchers,
                writer.adjustments, writer.deductions, writer.imports, writer.programPoints)));
    }

    /**
     * The batches of a group, parents before children, as one call on one PostgreSQL that inserts those with rows
     * (V26): a group has rows for a few of the thirteen tables, and an insert of none still cost PostgreSQL its
     * start-up and binds in every group. On Citus, the batches with rows as they are ({@link RowBatch}).
     */
    private record Details(List<RowBatch> batches) implements Pipeline.ByKind {

        @Override
        public List<Pipeline.Sql> statements(DatabaseKind kind) {
            if (kind == DatabaseKind.CITUS) {
                return batches.stream().flatMap(batch -> batch.queued().statements(kind).stream()).toList();
            }
            var binds = new ArrayList<Object>(batches.size());
            batches.forEach(batch -> binds.add(batch.jsonRows()));
            return List.of(new Pipeline.Sql(CALL, binds));
        }
    }

    private void add(long org, long id, EventDetail detail) {
        if (detail instanceof GenericEventDetail g) {
            generic.add(org, id, g.eventDisplayName(), g.displayName(), g.label());
            for (int f = 0; f < g.fields().size(); f++) {
                var field = g.fields().get(f);
                fields.add(org, id, f, field.fieldName(), field.fieldType());
                int position = 0;
                for (var attribute : field.attributes().entrySet()) {
                    attributes.add(org, id, f, position++, attribute.getKey(), attribute.getValue().valueType(),
                            attribute.getValue().value());
                }
            }
        } else if (detail instanceof GoodwillDetail g) {
            goodwill.add(org, id, g.reason(), g.comments(), g.assocId().orElse(null), g.requestId());
        } else if (detail instanceof RedemptionDetail r) {
            redemptions.add(org, id, r.pointsRedeemed(), r.purpose(), r.transactionNumber(), r.billingTime(),
                    r.externalReferenceNumber(), r.redemptionId(), r.notes(), r.groupRedemption());
            addProgramPoints(org, id, "REDEEMED", r.pointsBreakup());
        } else if (detail instanceof TransferDetail t) {
            transfers.add(org, id, t.notes());
            addParty(org, id, "FROM", t.from());
            addParty(org, id, "TO", t.to());
        } else if (detail instanceof TargetCompletedDetail t) {
            targets.add(org, id, t.targetGroupId(), t.targetGroupName(), t.targetId(), t.targetName(), t.targetDescription(),
                    t.targetPeriodId(), t.targetPeriodName(), t.targetValue(), t.achievedValue().orElse(null),
                    t.triggerValue().orElse(null), t.sourceId().orElse(null), t.sourceType(), t.milestoneName(),
                    t.pointsEarned());
        } else if (detail instanceof VoucherRedemptionDetail v) {
            vouchers.add(org, id, v.voucherIssuedId(), v.voucherSeriesId(), v.redeemedVoucherCode(), v.redeemDate());
        } else if (detail instanceof ManualAdjustmentDetail m) {
            adjustments.add(org, id, m.totalPointsDeducted(), m.createdOn(), m.reason());
            addProgramPoints(org, id, "DEDUCTED", m.deductions());
            for (int i = 0; i < m.breakup().size(); i++) {
                var d = m.breakup().get(i);
                deductions.add(org, id, i, d.loyaltyId().orElse(null), d.points().program().id(), d.points().points(),
                        d.currencyValue(), d.promotion().map(Promotion::id).orElse(null),
                        d.promotion().map(Promotion::name).orElse(null), d.awardedRefType().name(), d.awardedRefId(),
                        d.deductedOn(), d.deductedBy(), d.deductedById(), d.sourceType(), d.awardedTillId(),
                        d.awardedTillDate());
            }
        } else if (detail instanceof ImportDetail i) {
            imports.add(org, id, i.eventDisplayName(), i.fileName(), i.importStartTime(), i.importEndTime(),
                    i.profileName(), i.profileType());
        }
    }

    private void addParty(long org, long id, String direction, TransferDetail.Party party) {
        parties.add(org, id, direction, party.userId(), party.firstName(), party.lastName(), party.transferType());
        addProgramPoints(org, id, "TRANSFERRED_" + direction, party.points());
    }

    private void addProgramPoints(long org, long id, String role, List<ProgramPoints> points) {
        for (int i = 0; i < points.size(); i++) {
            programPoints.add(org, id, role, i, points.get(i).points(), points.get(i).program().id());
        }
    }

    /** The programs a detail names, to be registered before the detail is written. */
    static List<Program> programsOf(EventDetail detail) {
        var points = new ArrayList<ProgramPoints>();
        if (detail instanceof RedemptionDetail r) {
            points.addAll(r.pointsBreakup());
        } else if (detail instanceof TransferDetail t) {
            points.addAll(t.from().points());
            points.addAll(t.to().points());
        } else if (detail instanceof ManualAdjustmentDetail m) {
            points.addAll(m.deductions());
        }
        return points.stream().map(ProgramPoints::program).distinct().toList();
    }
}

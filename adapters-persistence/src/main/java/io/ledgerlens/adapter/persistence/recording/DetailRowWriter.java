package io.ledgerlens.adapter.persistence.recording;

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
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Writes an event's kind-specific block into the table of its kind. */
final class DetailRowWriter {

    private DetailRowWriter() {
    }

    static void insert(DSLContext dsl, long org, long id, EventDetail detail) {
        if (detail instanceof GenericEventDetail generic) {
            insertGeneric(dsl, org, id, generic);
        } else if (detail instanceof GoodwillDetail goodwill) {
            dsl.insertInto(GOODWILL_DETAIL, GOODWILL_DETAIL.ORG_ID, GOODWILL_DETAIL.EVENT_LOG_ID, GOODWILL_DETAIL.REASON,
                            GOODWILL_DETAIL.COMMENTS, GOODWILL_DETAIL.ASSOC_ID, GOODWILL_DETAIL.REQUEST_ID)
                    .values(org, id, goodwill.reason(), goodwill.comments(), goodwill.assocId().orElse(null), goodwill.requestId())
                    .execute();
        } else if (detail instanceof RedemptionDetail r) {
            dsl.insertInto(REDEMPTION_DETAIL)
                    .set(REDEMPTION_DETAIL.ORG_ID, org).set(REDEMPTION_DETAIL.EVENT_LOG_ID, id)
                    .set(REDEMPTION_DETAIL.POINTS_REDEEMED, r.pointsRedeemed())
                    .set(REDEMPTION_DETAIL.REDEMPTION_PURPOSE, r.purpose())
                    .set(REDEMPTION_DETAIL.TRANSACTION_NUMBER, r.transactionNumber())
                    .set(REDEMPTION_DETAIL.BILLING_TIME, r.billingTime())
                    .set(REDEMPTION_DETAIL.EXTERNAL_REFERENCE_NUMBER, r.externalReferenceNumber())
                    .set(REDEMPTION_DETAIL.REDEMPTION_ID, r.redemptionId())
                    .set(REDEMPTION_DETAIL.NOTES, r.notes())
                    .set(REDEMPTION_DETAIL.GROUP_REDEMPTION, r.groupRedemption())
                    .execute();
            insertProgramPoints(dsl, org, id, "REDEEMED", r.pointsBreakup());
        } else if (detail instanceof TransferDetail t) {
            dsl.insertInto(TRANSFER_DETAIL, TRANSFER_DETAIL.ORG_ID, TRANSFER_DETAIL.EVENT_LOG_ID, TRANSFER_DETAIL.NOTES)
                    .values(org, id, t.notes()).execute();
            insertParty(dsl, org, id, "FROM", t.from());
            insertParty(dsl, org, id, "TO", t.to());
        } else if (detail instanceof TargetCompletedDetail t) {
            insertTarget(dsl, org, id, t);
        } else if (detail instanceof VoucherRedemptionDetail v) {
            dsl.insertInto(VOUCHER_REDEMPTION_DETAIL, VOUCHER_REDEMPTION_DETAIL.ORG_ID, VOUCHER_REDEMPTION_DETAIL.EVENT_LOG_ID,
                            VOUCHER_REDEMPTION_DETAIL.VOUCHER_ISSUED_ID, VOUCHER_REDEMPTION_DETAIL.VOUCHER_SERIES_ID,
                            VOUCHER_REDEMPTION_DETAIL.REDEEMED_VOUCHER_CODE, VOUCHER_REDEMPTION_DETAIL.REDEEM_DATE)
                    .values(org, id, v.voucherIssuedId(), v.voucherSeriesId(), v.redeemedVoucherCode(), v.redeemDate())
                    .execute();
        } else if (detail instanceof ManualAdjustmentDetail m) {
            dsl.insertInto(MANUAL_ADJUSTMENT_DETAIL, MANUAL_ADJUSTMENT_DETAIL.ORG_ID, MANUAL_ADJUSTMENT_DETAIL.EVENT_LOG_ID,
                            MANUAL_ADJUSTMENT_DETAIL.TOTAL_POINTS_DEDUCTED, MANUAL_ADJUSTMENT_DETAIL.CREATED_ON,
                            MANUAL_ADJUSTMENT_DETAIL.REASON)
                    .values(org, id, m.totalPointsDeducted(), m.createdOn(), m.reason()).execute();
            insertProgramPoints(dsl, org, id, "DEDUCTED", m.deductions());
        } else if (detail instanceof ImportDetail i) {
            dsl.insertInto(IMPORT_DETAIL, IMPORT_DETAIL.ORG_ID, IMPORT_DETAIL.EVENT_LOG_ID, IMPORT_DETAIL.EVENT_DISPLAY_NAME,
                            IMPORT_DETAIL.FILE_NAME, IMPORT_DETAIL.IMPORT_START_TIME, IMPORT_DETAIL.IMPORT_END_TIME,
                            IMPORT_DETAIL.PROFILE_NAME, IMPORT_DETAIL.PROFILE_TYPE)
                    .values(org, id, i.eventDisplayName(), i.fileName(), i.importStartTime(), i.importEndTime(),
                            i.profileName(), i.profileType())
                    .execute();
        }
    }

    /** The programs a detail names, to be registered before the detail is written. */
    static List<io.ledgerlens.domain.points.Program> programsOf(EventDetail detail) {
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

    private static void insertGeneric(DSLContext dsl, long org, long id, GenericEventDetail generic) {
        dsl.insertInto(GENERIC_EVENT_DETAIL, GENERIC_EVENT_DETAIL.ORG_ID, GENERIC_EVENT_DETAIL.EVENT_LOG_ID,
                        GENERIC_EVENT_DETAIL.EVENT_DISPLAY_NAME, GENERIC_EVENT_DETAIL.DISPLAY_NAME, GENERIC_EVENT_DETAIL.LABEL)
                .values(org, id, generic.eventDisplayName(), generic.displayName(), generic.label()).execute();
        var fields = generic.fields();
        for (int f = 0; f < fields.size(); f++) {
            var field = fields.get(f);
            dsl.insertInto(BEHAVIORAL_FIELD, BEHAVIORAL_FIELD.ORG_ID, BEHAVIORAL_FIELD.EVENT_LOG_ID, BEHAVIORAL_FIELD.POSITION,
                            BEHAVIORAL_FIELD.FIELD_NAME, BEHAVIORAL_FIELD.FIELD_TYPE)
                    .values(org, id, f, field.fieldName(), field.fieldType()).execute();
            int position = 0;
            for (var attribute : field.attributes().entrySet()) {
                dsl.insertInto(BEHAVIORAL_ATTRIBUTE, BEHAVIORAL_ATTRIBUTE.ORG_ID, BEHAVIORAL_ATTRIBUTE.EVENT_LOG_ID,
                                BEHAVIORAL_ATTRIBUTE.FIELD_POSITION, BEHAVIORAL_ATTRIBUTE.POSITION, BEHAVIORAL_ATTRIBUTE.NAME,
                                BEHAVIORAL_ATTRIBUTE.VALUE_TYPE, BEHAVIORAL_ATTRIBUTE.VALUE)
                        .values(org, id, f, position++, attribute.getKey(), attribute.getValue().valueType(),
                                attribute.getValue().value())
                        .execute();
            }
        }
    }

    private static void insertParty(DSLContext dsl, long org, long id, String direction, TransferDetail.Party party) {
        dsl.insertInto(TRANSFER_PARTY, TRANSFER_PARTY.ORG_ID, TRANSFER_PARTY.EVENT_LOG_ID, TRANSFER_PARTY.DIRECTION,
                        TRANSFER_PARTY.USER_ID, TRANSFER_PARTY.FIRST_NAME, TRANSFER_PARTY.LAST_NAME, TRANSFER_PARTY.TRANSFER_TYPE)
                .values(org, id, direction, party.userId(), party.firstName(), party.lastName(), party.transferType())
                .execute();
        insertProgramPoints(dsl, org, id, "TRANSFERRED_" + direction, party.points());
    }

    private static void insertTarget(DSLContext dsl, long org, long id, TargetCompletedDetail t) {
        var d = TARGET_COMPLETED_DETAIL;
        dsl.insertInto(d)
                .set(d.ORG_ID, org).set(d.EVENT_LOG_ID, id)
                .set(d.TARGET_GROUP_ID, t.targetGroupId()).set(d.TARGET_GROUP_NAME, t.targetGroupName())
                .set(d.TARGET_ID, t.targetId()).set(d.TARGET_NAME, t.targetName())
                .set(d.TARGET_DESCRIPTION, t.targetDescription())
                .set(d.TARGET_PERIOD_ID, t.targetPeriodId()).set(d.TARGET_PERIOD_NAME, t.targetPeriodName())
                .set(d.TARGET_VALUE, t.targetValue())
                .set(d.ACHIEVED_VALUE, t.achievedValue().orElse(null))
                .set(d.TRIGGER_VALUE, t.triggerValue().orElse(null))
                .set(d.SOURCE_ID, t.sourceId().orElse(null))
                .set(d.SOURCE_TYPE, t.sourceType()).set(d.MILESTONE_NAME, t.milestoneName())
                .set(d.POINTS_EARNED, t.pointsEarned())
                .execute();
    }

    private static void insertProgramPoints(DSLContext dsl, long org, long id, String role, List<ProgramPoints> points) {
        for (int i = 0; i < points.size(); i++) {
            dsl.insertInto(EVENT_PROGRAM_POINTS, EVENT_PROGRAM_POINTS.ORG_ID, EVENT_PROGRAM_POINTS.EVENT_LOG_ID,
                            EVENT_PROGRAM_POINTS.ROLE, EVENT_PROGRAM_POINTS.POSITION, EVENT_PROGRAM_POINTS.POINTS,
                            EVENT_PROGRAM_POINTS.PROGRAM_ID)
                    .values(org, id, role, i, points.get(i).points(), points.get(i).program().id())
                    .execute();
        }
    }
}

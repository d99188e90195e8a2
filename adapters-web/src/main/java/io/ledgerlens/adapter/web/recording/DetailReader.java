package io.ledgerlens.adapter.web.recording;

import static io.ledgerlens.domain.text.StoredText.LONG;
import static io.ledgerlens.domain.text.StoredText.SHORT;
import static io.ledgerlens.adapter.web.write.Checks.at;

import io.ledgerlens.adapter.web.write.Checks;
import io.ledgerlens.adapter.web.recording.EventInput.ProgramPointsInput;
import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.domain.event.EventName;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the kind-specific block of an event (§7.5 of the contract): at most
 * one, and only the one its event name carries.
 */
final class DetailReader {


    private DetailReader() {
    }

    static Optional<EventDetail> read(Checks checks, EventName name, EventInput in) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("behavioralEvent", in.behavioralEvent());
        given.put("goodwill", in.goodwill());
        given.put("redemption", in.redemption());
        given.put("transfer", in.transfer());
        given.put("target", in.target());
        given.put("voucher", in.voucher());
        given.put("adjustment", in.adjustment());
        given.put("importMeta", in.importMeta());
        var expected = blockOf(name);
        given.forEach((block, value) -> {
            if (value != null && !block.equals(expected.orElse(null))) {
                checks.problem(block, FieldProblem.NOT_ALLOWED, name.wireName() + " events carry no " + block + " block");
            }
        });
        if (expected.isEmpty() || given.get(expected.get()) == null) {
            return Optional.empty();
        }
        int before = checks.count();
        Supplier<EventDetail> detail = switch (expected.get()) {
            case "behavioralEvent" -> generic(checks, in.behavioralEvent());
            case "goodwill" -> goodwill(checks, in.goodwill());
            case "redemption" -> redemption(checks, in.redemption());
            case "transfer" -> transfer(checks, in.transfer());
            case "target" -> target(checks, in.target());
            case "voucher" -> voucher(checks, in.voucher());
            case "adjustment" -> adjustment(checks, in.adjustment());
            default -> imported(checks, in.importMeta());
        };
        return checks.build(expected.get(), before, detail);
    }

    /** The name of the block an event of {@code name} may carry. */
    private static Optional<String> blockOf(EventName name) {
        return Optional.ofNullable(switch (name) {
            case GENERIC_EVENT -> "behavioralEvent";
            case ALLOCATE_GOODWILL_POINTS -> "goodwill";
            case POINTS_REDEMPTION -> "redemption";
            case POINTS_TRANSFER -> "transfer";
            case TARGET_COMPLETED -> "target";
            case VOUCHER_REDEMPTION -> "voucher";
            case MANUAL_POINTS_ADJUSTMENT -> "adjustment";
            case CUSTOMER_PROMOTION_IMPORT, LINE_ITEMS_POINTS_PROMOTION_IMPORT, BILL_POINTS_PROMOTION_IMPORT -> "importMeta";
            default -> null;
        });
    }

    private static Supplier<EventDetail> generic(Checks checks, EventInput.GenericInput in) {
        var display = checks.requiredText("behavioralEvent.eventDisplayName", in.eventDisplayName(), SHORT);
        var displayName = checks.requiredText("behavioralEvent.displayName", in.displayName(), SHORT);
        var label = checks.text("behavioralEvent.label", in.label(), SHORT);
        var fields = new ArrayList<GenericEventDetail.Field>();
        var inputs = in.fields() == null ? List.<EventInput.GenericFieldInput>of() : in.fields();
        for (int i = 0; i < inputs.size(); i++) {
            var path = at("behavioralEvent.fields", i);
            var field = inputs.get(i);
            if (checks.required(path, field) == null) {
                continue;
            }
            var fieldName = checks.requiredText(at(path, "fieldName"), field.fieldName(), SHORT);
            var fieldType = checks.requiredText(at(path, "fieldType"), field.fieldType(), SHORT);
            var attributes = new LinkedHashMap<String, GenericEventDetail.Attribute>();
            if (field.attributes() != null) {
                field.attributes().forEach((attribute, value) -> {
                    var attributePath = at(at(path, "attributes"), attribute);
                    checks.text(attributePath, attribute, SHORT);
                    if (checks.required(attributePath, value) != null) {
                        var type = checks.requiredText(at(attributePath, "valueType"), value.valueType(), SHORT);
                        var text = checks.requiredText(at(attributePath, "value"), value.value(), LONG);
                        attributes.put(attribute, new GenericEventDetail.Attribute(type == null ? "" : type, text == null ? "" : text));
                    }
                });
            }
            fields.add(new GenericEventDetail.Field(fieldName == null ? "" : fieldName, fieldType == null ? "" : fieldType, attributes));
        }
        return () -> new GenericEventDetail(display, displayName, label == null ? "" : label, fields);
    }

    private static Supplier<EventDetail> goodwill(Checks checks, EventInput.GoodwillInput in) {
        var reason = checks.requiredText("goodwill.reason", in.reason(), SHORT);
        var comments = checks.text("goodwill.comments", in.comments(), LONG);
        var assoc = checks.positive("goodwill.assocId", in.assocId());
        var request = checks.text("goodwill.requestId", in.requestId(), SHORT);
        return () -> new GoodwillDetail(reason, orEmpty(comments), Optional.ofNullable(assoc), orEmpty(request));
    }

    private static Supplier<EventDetail> redemption(Checks checks, EventInput.RedemptionInput in) {
        var points = checks.amount("redemption.pointsRedeemed", checks.required("redemption.pointsRedeemed", in.pointsRedeemed()));
        var purpose = checks.text("redemption.redemptionPurpose", in.redemptionPurpose(), SHORT);
        var transaction = checks.text("redemption.transactionNumber", in.transactionNumber(), SHORT);
        var billing = checks.instant("redemption.billingTime", checks.required("redemption.billingTime", in.billingTime()));
        var external = checks.text("redemption.externalReferenceNumber", in.externalReferenceNumber(), SHORT);
        var id = checks.requiredText("redemption.redemptionId", in.redemptionId(), SHORT);
        var notes = checks.text("redemption.notes", in.notes(), LONG);
        var breakup = programPoints(checks, "redemption.pointsBreakup", in.pointsBreakup());
        return () -> new RedemptionDetail(points, orEmpty(purpose), orEmpty(transaction), billing, orEmpty(external), id,
                orEmpty(notes), Boolean.TRUE.equals(in.groupRedemption()), breakup);
    }

    private static Supplier<EventDetail> transfer(Checks checks, EventInput.TransferInput in) {
        var from = party(checks, "transfer.transferredFrom", in.transferredFrom());
        var to = party(checks, "transfer.transferredTo", in.transferredTo());
        var notes = checks.text("transfer.notes", in.notes(), LONG);
        return () -> new TransferDetail(from, to, orEmpty(notes));
    }

    private static TransferDetail.Party party(Checks checks, String field, EventInput.PartyInput in) {
        if (checks.required(field, in) == null) {
            return null;
        }
        var user = checks.positive(at(field, "userId"), checks.required(at(field, "userId"), in.userId()));
        var first = checks.text(at(field, "firstName"), in.firstName(), SHORT);
        var last = checks.text(at(field, "lastName"), in.lastName(), SHORT);
        var type = checks.requiredText(at(field, "transferType"), in.transferType(), SHORT);
        var points = programPoints(checks, at(field, "points"), in.points());
        return user == null || type == null ? null : new TransferDetail.Party(user, orEmpty(first), orEmpty(last), type, points);
    }

    private static Supplier<EventDetail> target(Checks checks, EventInput.TargetInput in) {
        var groupId = checks.positive("target.targetGroupId", checks.required("target.targetGroupId", in.targetGroupId()));
        var groupName = checks.requiredText("target.targetGroupName", in.targetGroupName(), SHORT);
        var targetId = checks.positive("target.targetId", checks.required("target.targetId", in.targetId()));
        var targetName = checks.requiredText("target.targetName", in.targetName(), SHORT);
        var description = checks.text("target.targetDescription", in.targetDescription(), LONG);
        var periodId = checks.positive("target.targetPeriodId", checks.required("target.targetPeriodId", in.targetPeriodId()));
        var periodName = checks.requiredText("target.targetPeriodName", in.targetPeriodName(), SHORT);
        var value = checks.amount("target.targetValue", checks.required("target.targetValue", in.targetValue()));
        var achieved = checks.amount("target.achievedValue", in.achievedValue());
        var trigger = checks.amount("target.triggerValue", in.triggerValue());
        var source = checks.positive("target.sourceId", in.sourceId());
        var sourceType = checks.text("target.sourceType", in.sourceType(), SHORT);
        var milestone = checks.text("target.milestoneName", in.milestoneName(), SHORT);
        var points = checks.amount("target.pointsEarned", checks.required("target.pointsEarned", in.pointsEarned()));
        return () -> new TargetCompletedDetail(groupId, groupName, targetId, targetName, orEmpty(description), periodId,
                periodName, value, Optional.ofNullable(achieved), Optional.ofNullable(trigger), Optional.ofNullable(source),
                orEmpty(sourceType), orEmpty(milestone), points);
    }

    private static Supplier<EventDetail> voucher(Checks checks, EventInput.VoucherInput in) {
        var issued = checks.positive("voucher.voucherIssuedId", checks.required("voucher.voucherIssuedId", in.voucherIssuedId()));
        var series = checks.positive("voucher.voucherSeriesId", checks.required("voucher.voucherSeriesId", in.voucherSeriesId()));
        var code = checks.requiredText("voucher.redeemedVoucherCode", in.redeemedVoucherCode(), SHORT);
        var date = checks.instant("voucher.redeemDate", checks.required("voucher.redeemDate", in.redeemDate()));
        return () -> new VoucherRedemptionDetail(issued, series, code, date);
    }

    private static Supplier<EventDetail> adjustment(Checks checks, EventInput.AdjustmentInput in) {
        var total = checks.amount("adjustment.totalPointsDeducted",
                checks.required("adjustment.totalPointsDeducted", in.totalPointsDeducted()));
        var created = checks.instant("adjustment.createdOn", checks.required("adjustment.createdOn", in.createdOn()));
        var reason = checks.requiredText("adjustment.reason", in.reason(), LONG);
        var deductions = programPoints(checks, "adjustment.deductions", in.deductions());
        return () -> new ManualAdjustmentDetail(total, created, reason, deductions);
    }

    private static Supplier<EventDetail> imported(Checks checks, EventInput.ImportInput in) {
        var display = checks.requiredText("importMeta.eventDisplayName", in.eventDisplayName(), SHORT);
        var file = checks.requiredText("importMeta.fileName", in.fileName(), SHORT);
        var start = checks.instant("importMeta.importStartTime", checks.required("importMeta.importStartTime", in.importStartTime()));
        var end = checks.instant("importMeta.importEndTime", checks.required("importMeta.importEndTime", in.importEndTime()));
        var profile = checks.text("importMeta.profileName", in.profileName(), SHORT);
        var type = checks.text("importMeta.profileType", in.profileType(), SHORT);
        return () -> new ImportDetail(display, file, start, end, orEmpty(profile), orEmpty(type));
    }

    private static List<ProgramPoints> programPoints(Checks checks, String field, List<ProgramPointsInput> inputs) {
        var points = new ArrayList<ProgramPoints>();
        if (inputs == null) {
            return points;
        }
        for (int i = 0; i < inputs.size(); i++) {
            var path = at(field, i);
            var in = inputs.get(i);
            if (checks.required(path, in) == null) {
                continue;
            }
            var value = checks.amount(at(path, "points"), checks.required(at(path, "points"), in.points()));
            var program = AllocationReader.program(checks, at(path, "program"), in.program());
            if (value != null && program != null) {
                points.add(new ProgramPoints(value, program));
            }
        }
        return points;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

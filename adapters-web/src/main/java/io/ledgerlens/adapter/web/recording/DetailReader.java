package io.ledgerlens.adapter.web.recording;

import static io.ledgerlens.domain.text.StoredText.LONG;
import static io.ledgerlens.domain.text.StoredText.SHORT;
import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.amount;
import static io.ledgerlens.adapter.web.http.FieldChecks.at;
import static io.ledgerlens.adapter.web.http.FieldChecks.build;
import static io.ledgerlens.adapter.web.http.FieldChecks.each;
import static io.ledgerlens.adapter.web.http.FieldChecks.idDigits;
import static io.ledgerlens.adapter.web.http.FieldChecks.optional;
import static io.ledgerlens.adapter.web.http.FieldChecks.positive;
import static io.ledgerlens.adapter.web.http.FieldChecks.problem;
import static io.ledgerlens.adapter.web.http.FieldChecks.required;
import static io.ledgerlens.adapter.web.http.FieldChecks.rule;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredAmount;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredInstant;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredOneOf;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredPositive;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredText;
import static io.ledgerlens.adapter.web.http.FieldChecks.text;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;

import io.ledgerlens.adapter.web.recording.EventInput.ProgramPointsInput;
import io.ledgerlens.application.port.in.registration.FieldProblem;
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
import io.ledgerlens.domain.event.detail.TargetSourceType;
import io.ledgerlens.domain.event.detail.TransferDetail;
import io.ledgerlens.domain.event.detail.VoucherRedemptionDetail;
import io.ledgerlens.domain.points.Promotion;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the kind-specific block of an event (§7.5 of the contract): at most
 * one, and only the one its event name carries.
 */
final class DetailReader {


    private DetailReader() {
    }

    static Validation<Seq<FieldProblem>, Optional<EventDetail>> read(EventName name, EventInput in) {
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
        var blocks = new ArrayList<Validation<Seq<FieldProblem>, ?>>();
        given.forEach((block, value) -> {
            if (value != null && !block.equals(expected.orElse(null))) {
                blocks.add(problem(block, FieldProblem.NOT_ALLOWED, name.wireName() + " events carry no " + block + " block"));
            }
        });
        Validation<Seq<FieldProblem>, Optional<EventDetail>> detail = expected.isEmpty() || given.get(expected.get()) == null
                ? valid(Optional.empty())
                : detail(expected.get(), in).map(Optional::of);
        blocks.add(detail);
        return all(blocks, () -> detail);
    }

    private static Validation<Seq<FieldProblem>, EventDetail> detail(String block, EventInput in) {
        return switch (block) {
            case "behavioralEvent" -> generic(in.behavioralEvent());
            case "goodwill" -> goodwill(in.goodwill());
            case "redemption" -> redemption(in.redemption());
            case "transfer" -> transfer(in.transfer());
            case "target" -> target(in.target());
            case "voucher" -> voucher(in.voucher());
            case "adjustment" -> adjustment(in.adjustment());
            default -> imported(in.importMeta());
        };
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

    private static Validation<Seq<FieldProblem>, EventDetail> generic(EventInput.GenericInput in) {
        var display = requiredText("behavioralEvent.eventDisplayName", in.eventDisplayName(), SHORT);
        var displayName = requiredText("behavioralEvent.displayName", in.displayName(), SHORT);
        var label = text("behavioralEvent.label", in.label(), SHORT);
        var fields = each("behavioralEvent.fields", in.fields(), DetailReader::genericField);
        return all(() -> build("behavioralEvent", () -> new GenericEventDetail(display.get(), displayName.get(),
                label.get().orElse(""), fields.get())), display, displayName, label, fields);
    }

    private static Validation<Seq<FieldProblem>, GenericEventDetail.Field> genericField(String path, EventInput.GenericFieldInput field) {
        var fieldName = requiredText(at(path, "fieldName"), field.fieldName(), SHORT);
        var fieldType = requiredText(at(path, "fieldType"), field.fieldType(), SHORT);
        var attributes = new ArrayList<Validation<Seq<FieldProblem>, Map.Entry<String, GenericEventDetail.Attribute>>>();
        if (field.attributes() != null) {
            field.attributes().forEach((attribute, value) -> attributes.add(attribute(at(at(path, "attributes"), attribute),
                    attribute, value)));
        }
        var read = Validation.sequence(attributes);
        return all(() -> valid(new GenericEventDetail.Field(fieldName.get(), fieldType.get(), attributeMap(read.get()))),
                fieldName, fieldType, read);
    }

    /** One attribute of a behavioural field: its name is text like any other, and it has a type and a value. */
    private static Validation<Seq<FieldProblem>, Map.Entry<String, GenericEventDetail.Attribute>> attribute(
            String path, String name, EventInput.AttributeInput given) {
        var named = text(path, name, SHORT);
        var attribute = required(path, given).flatMap(in -> {
            var type = requiredText(at(path, "valueType"), in.valueType(), SHORT);
            var text = requiredText(at(path, "value"), in.value(), LONG);
            return all(() -> valid(new GenericEventDetail.Attribute(type.get(), text.get())), type, text);
        });
        return all(() -> valid(Map.entry(name, attribute.get())), named, attribute);
    }

    private static Map<String, GenericEventDetail.Attribute> attributeMap(Seq<Map.Entry<String, GenericEventDetail.Attribute>> entries) {
        var attributes = new LinkedHashMap<String, GenericEventDetail.Attribute>();
        entries.forEach(entry -> attributes.put(entry.getKey(), entry.getValue()));
        return attributes;
    }

    private static Validation<Seq<FieldProblem>, EventDetail> goodwill(EventInput.GoodwillInput in) {
        var reason = requiredText("goodwill.reason", in.reason(), SHORT);
        var comments = text("goodwill.comments", in.comments(), LONG);
        var assoc = optional(in.assocId(), id -> positive("goodwill.assocId", id));
        var request = optional(in.requestId(), given -> idDigits("goodwill.requestId", given));
        return all(() -> build("goodwill", () -> new GoodwillDetail(reason.get(), comments.get().orElse(""), assoc.get(),
                request.get().orElse(""))), reason, comments, assoc, request);
    }

    private static Validation<Seq<FieldProblem>, EventDetail> redemption(EventInput.RedemptionInput in) {
        var points = requiredAmount("redemption.pointsRedeemed", in.pointsRedeemed());
        var purpose = text("redemption.redemptionPurpose", in.redemptionPurpose(), SHORT);
        var transaction = text("redemption.transactionNumber", in.transactionNumber(), SHORT);
        var billing = requiredInstant("redemption.billingTime", in.billingTime());
        var external = text("redemption.externalReferenceNumber", in.externalReferenceNumber(), SHORT);
        var id = required("redemption.redemptionId", in.redemptionId()).flatMap(given -> idDigits("redemption.redemptionId", given));
        var notes = text("redemption.notes", in.notes(), LONG);
        var breakup = programPoints("redemption.pointsBreakup", in.pointsBreakup());
        return all(() -> build("redemption", () -> new RedemptionDetail(points.get(), purpose.get().orElse(""),
                        transaction.get().orElse(""), billing.get(), external.get().orElse(""), id.get(), notes.get().orElse(""),
                        Boolean.TRUE.equals(in.groupRedemption()), breakup.get())),
                points, purpose, transaction, billing, external, id, notes, breakup);
    }

    private static Validation<Seq<FieldProblem>, EventDetail> transfer(EventInput.TransferInput in) {
        var from = party("transfer.transferredFrom", in.transferredFrom());
        var to = party("transfer.transferredTo", in.transferredTo());
        var notes = text("transfer.notes", in.notes(), LONG);
        return all(() -> build("transfer", () -> new TransferDetail(from.get(), to.get(), notes.get().orElse(""))),
                from, to, notes);
    }

    private static Validation<Seq<FieldProblem>, TransferDetail.Party> party(String field, EventInput.PartyInput given) {
        return required(field, given).flatMap(in -> {
            var user = requiredPositive(at(field, "userId"), in.userId());
            var first = text(at(field, "firstName"), in.firstName(), SHORT);
            var last = text(at(field, "lastName"), in.lastName(), SHORT);
            var type = requiredText(at(field, "transferType"), in.transferType(), SHORT);
            var points = programPoints(at(field, "points"), in.points());
            return all(() -> valid(new TransferDetail.Party(user.get(), first.get().orElse(""), last.get().orElse(""),
                    type.get(), points.get())), user, first, last, type, points);
        });
    }

    private static Validation<Seq<FieldProblem>, EventDetail> target(EventInput.TargetInput in) {
        var groupId = requiredPositive("target.targetGroupId", in.targetGroupId());
        var groupName = requiredText("target.targetGroupName", in.targetGroupName(), SHORT);
        var targetId = requiredPositive("target.targetId", in.targetId());
        var targetName = requiredText("target.targetName", in.targetName(), SHORT);
        var description = text("target.targetDescription", in.targetDescription(), LONG);
        var periodId = requiredPositive("target.targetPeriodId", in.targetPeriodId());
        var periodName = requiredText("target.targetPeriodName", in.targetPeriodName(), SHORT);
        var sourceType = requiredOneOf("target.sourceType", in.sourceType(), TargetSourceType.class);
        var milestone = sourceType.isValid() && sourceType.get().isMilestone();
        var shape = sourceType.isValid() ? targetShape(milestone, in) : valid(true);
        // A milestone's target is its trigger value when none is given: §7.5.1 shows it the trigger value only.
        var value = milestone && in.targetValue() == null ? valid(Optional.<BigDecimal>empty())
                : requiredAmount("target.targetValue", in.targetValue()).map(Optional::of);
        var achieved = optional(in.achievedValue(), given -> amount("target.achievedValue", given));
        var trigger = optional(in.triggerValue(), given -> amount("target.triggerValue", given));
        var source = requiredPositive("target.sourceId", in.sourceId());
        var milestoneName = text("target.milestoneName", in.milestoneName(), SHORT);
        var points = requiredAmount("target.pointsEarned", in.pointsEarned());
        return all(() -> build("target", () -> new TargetCompletedDetail(groupId.get(), groupName.get(), targetId.get(),
                        targetName.get(), description.get().orElse(""), periodId.get(), periodName.get(),
                        value.get().or(trigger::get).orElseThrow(), achieved.get(), trigger.get(), Optional.of(source.get()),
                        sourceType.get().name(), milestoneName.get().orElse(""), points.get())),
                groupId, groupName, targetId, targetName, description, periodId, periodName, sourceType, shape, value,
                achieved, trigger, source, milestoneName, points);
    }

    /** A milestone has a trigger value and a name; every other target an achieved value (§7.5.1). */
    private static Validation<Seq<FieldProblem>, Boolean> targetShape(boolean milestone, EventInput.TargetInput in) {
        var named = in.milestoneName() != null && !in.milestoneName().isBlank();
        if (milestone) {
            return all(() -> valid(true),
                    rule(in.triggerValue() != null, "target.triggerValue", FieldProblem.REQUIRED,
                            "a MILESTONE is reached at its triggerValue"),
                    rule(in.achievedValue() == null, "target.achievedValue", FieldProblem.NOT_ALLOWED,
                            "a MILESTONE has a triggerValue, not an achievedValue"),
                    rule(named, "target.milestoneName", FieldProblem.REQUIRED, "a MILESTONE has its milestoneName"));
        }
        return all(() -> valid(true),
                rule(in.achievedValue() != null, "target.achievedValue", FieldProblem.REQUIRED,
                        "a target other than a MILESTONE has the achievedValue reached"),
                rule(in.triggerValue() == null, "target.triggerValue", FieldProblem.NOT_ALLOWED,
                        "only a MILESTONE has a triggerValue"),
                rule(!named, "target.milestoneName", FieldProblem.NOT_ALLOWED, "only a MILESTONE has a milestoneName"));
    }

    private static Validation<Seq<FieldProblem>, EventDetail> voucher(EventInput.VoucherInput in) {
        var issued = requiredPositive("voucher.voucherIssuedId", in.voucherIssuedId());
        var series = requiredPositive("voucher.voucherSeriesId", in.voucherSeriesId());
        var code = requiredText("voucher.redeemedVoucherCode", in.redeemedVoucherCode(), SHORT);
        var date = requiredInstant("voucher.redeemDate", in.redeemDate());
        return all(() -> build("voucher", () -> new VoucherRedemptionDetail(issued.get(), series.get(), code.get(), date.get())),
                issued, series, code, date);
    }

    private static Validation<Seq<FieldProblem>, EventDetail> adjustment(EventInput.AdjustmentInput in) {
        var created = requiredInstant("adjustment.createdOn", in.createdOn());
        var reason = requiredText("adjustment.reason", in.reason(), LONG);
        if (in.deductionBreakup() == null || in.deductionBreakup().isEmpty()) {
            var total = requiredAmount("adjustment.totalPointsDeducted", in.totalPointsDeducted());
            var deductions = programPoints("adjustment.deductions", in.deductions());
            return all(() -> build("adjustment", () -> new ManualAdjustmentDetail(total.get(), created.get(), reason.get(),
                    deductions.get())), total, created, reason, deductions);
        }
        // With the consumed allocations, the total and the per-program totals follow from them; given as well, they
        // could disagree: the total may be given and must then match, the per-program totals may not.
        var noTotals = rule(in.deductions() == null || in.deductions().isEmpty(), "adjustment.deductions",
                FieldProblem.NOT_ALLOWED, "adjustment.deductions follow from adjustment.deductionBreakup: give one of them");
        var breakup = each("adjustment.deductionBreakup", in.deductionBreakup(),
                (path, entry) -> deduction(path, entry, created.isValid() ? created.get() : null));
        var given = optional(in.totalPointsDeducted(), total -> amount("adjustment.totalPointsDeducted", total));
        var sum = breakup.map(entries -> entries.stream().map(d -> d.points().points()).reduce(BigDecimal.ZERO, BigDecimal::add));
        var addsUp = !given.isValid() || given.get().isEmpty() || !sum.isValid() ? valid(true)
                : rule(sum.get().compareTo(given.get().get()) == 0, "adjustment.totalPointsDeducted", FieldProblem.INVALID,
                        "adjustment.totalPointsDeducted is the sum of the points of adjustment.deductionBreakup, "
                                + sum.get().toPlainString());
        return all(() -> build("adjustment", () -> ManualAdjustmentDetail.ofBreakup(given.get().orElse(sum.get()),
                created.get(), reason.get(), breakup.get())), created, reason, noTotals, breakup, given, addsUp);
    }

    /** One consumed allocation; it was taken when the adjustment was made unless it says otherwise. */
    private static Validation<Seq<FieldProblem>, Deduction> deduction(String path, EventInput.DeductionInput in,
                                                                     Instant createdOn) {
        var loyaltyId = optional(in.loyaltyId(), id -> positive(at(path, "loyaltyId"), id));
        var program = AllocationReader.program(at(path, "program"), in.program());
        var points = requiredAmount(at(path, "points"), in.points());
        var currencyValue = requiredAmount(at(path, "currencyValue"), in.currencyValue());
        var promotion = optional(in.promotion(), given -> promotion(at(path, "promotion"), given));
        var refType = requiredOneOf(at(path, "pointAwardedRefType"), in.pointAwardedRefType(), AwardedRefType.class);
        var refId = requiredPositive(at(path, "pointAwardedRefId"), in.pointAwardedRefId());
        var deductedOn = in.pointsDeductedOn() == null ? valid(createdOn)
                : requiredInstant(at(path, "pointsDeductedOn"), in.pointsDeductedOn());
        var deductedBy = requiredText(at(path, "pointsDeductedBy"), in.pointsDeductedBy(), SHORT);
        var deductedById = requiredPositive(at(path, "pointsDeductedById"), in.pointsDeductedById());
        var sourceType = requiredText(at(path, "sourceType"), in.sourceType(), SHORT);
        var tillId = requiredPositive(at(path, "awardedTillId"), in.awardedTillId());
        var tillDate = requiredInstant(at(path, "awardedTillDate"), in.awardedTillDate());
        return all(() -> build(path, () -> new Deduction(loyaltyId.get(), new ProgramPoints(points.get(), program.get()),
                        currencyValue.get(), promotion.get(), refType.get(), refId.get(), deductedOn.get(), deductedBy.get(),
                        deductedById.get(), sourceType.get(), tillId.get(), tillDate.get())),
                loyaltyId, program, points, currencyValue, promotion, refType, refId, deductedOn, deductedBy,
                deductedById, sourceType, tillId, tillDate);
    }

    /** The promotion that awarded the consumed points: its id and name, as the answer shows them. */
    private static Validation<Seq<FieldProblem>, Promotion> promotion(String path, EventInput.ReferenceInput in) {
        var id = requiredPositive(at(path, "id"), in.id());
        var name = requiredText(at(path, "name"), in.name(), SHORT);
        return all(() -> valid(new Promotion(id.get(), name.get(), Optional.empty(), Optional.empty())), id, name);
    }

    private static Validation<Seq<FieldProblem>, EventDetail> imported(EventInput.ImportInput in) {
        var display = requiredText("importMeta.eventDisplayName", in.eventDisplayName(), SHORT);
        var file = requiredText("importMeta.fileName", in.fileName(), SHORT);
        var start = requiredInstant("importMeta.importStartTime", in.importStartTime());
        var end = requiredInstant("importMeta.importEndTime", in.importEndTime());
        var profile = text("importMeta.profileName", in.profileName(), SHORT);
        var type = text("importMeta.profileType", in.profileType(), SHORT);
        return all(() -> build("importMeta", () -> new ImportDetail(display.get(), file.get(), start.get(), end.get(),
                profile.get().orElse(""), type.get().orElse(""))), display, file, start, end, profile, type);
    }

    private static Validation<Seq<FieldProblem>, List<ProgramPoints>> programPoints(String field, List<ProgramPointsInput> inputs) {
        return each(field, inputs, (path, in) -> {
            var value = requiredAmount(at(path, "points"), in.points());
            var program = AllocationReader.program(at(path, "program"), in.program());
            return all(() -> valid(new ProgramPoints(value.get(), program.get())), value, program);
        });
    }
}

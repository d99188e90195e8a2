package io.ledgerlens.adapter.web.recording;

import io.ledgerlens.adapter.web.recording.EventInput.AdjustmentInput;
import io.ledgerlens.adapter.web.recording.EventInput.AllocationInput;
import io.ledgerlens.adapter.web.recording.EventInput.AttributeInput;
import io.ledgerlens.adapter.web.recording.EventInput.AwardActionInput;
import io.ledgerlens.adapter.web.recording.EventInput.BillInput;
import io.ledgerlens.adapter.web.recording.EventInput.DeductionInput;
import io.ledgerlens.adapter.web.recording.EventInput.GenericFieldInput;
import io.ledgerlens.adapter.web.recording.EventInput.GenericInput;
import io.ledgerlens.adapter.web.recording.EventInput.GoodwillInput;
import io.ledgerlens.adapter.web.recording.EventInput.ImportInput;
import io.ledgerlens.adapter.web.recording.EventInput.LineItemInput;
import io.ledgerlens.adapter.web.recording.EventInput.LineReturnInput;
import io.ledgerlens.adapter.web.recording.EventInput.NamedValueInput;
import io.ledgerlens.adapter.web.recording.EventInput.PartyInput;
import io.ledgerlens.adapter.web.recording.EventInput.PaymentModeInput;
import io.ledgerlens.adapter.web.recording.EventInput.ProgramPointsInput;
import io.ledgerlens.adapter.web.recording.EventInput.RedemptionInput;
import io.ledgerlens.adapter.web.recording.EventInput.ReferenceInput;
import io.ledgerlens.adapter.web.recording.EventInput.ReturnInput;
import io.ledgerlens.adapter.web.recording.EventInput.SlabInput;
import io.ledgerlens.adapter.web.recording.EventInput.TargetInput;
import io.ledgerlens.adapter.web.recording.EventInput.TransferInput;
import io.ledgerlens.adapter.web.recording.EventInput.VoucherInput;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.event.NamedValue;
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
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The way back from a recorded event to the body that records it: {@link EventInputReader} read from what this
 * writes gives an event with the same content (the same fingerprint), so a ledger written out line by line (an
 * export) reads back in as itself. Times are written in UTC; the answer shows them in the org's zone either way.
 */
public final class EventInputWriter {

    private final EventInputParser parser = new EventInputParser();

    /**
     * One line of an import file: the JSON of {@link #inputOf(LedgerEvent)}.
     *
     * @param event a recorded event
     * @return its body's JSON, on one line
     */
    public String line(LedgerEvent event) {
        return parser.write(inputOf(event));
    }

    /**
     * The body that records {@code event} again: read back, it has the same content and so the same fingerprint.
     *
     * @param event a recorded event
     * @return its body, with times in UTC and absent parts left {@code null}
     */
    public EventInput inputOf(LedgerEvent event) {
        var customer = event.subject() instanceof EventSubject.OfCustomer of ? of.customerId().value() : null;
        var group = event.subject() instanceof EventSubject.OfUserGroup of ? of.userGroupId().value() : null;
        var detail = event.detail();
        return new EventInput(event.uniqueId(), event.name().wireName(), customer, group,
                "-1".equals(event.referenceId()) ? null : event.referenceId(), time(event.eventTime()),
                event.tillId() == LedgerEvent.NO_TILL ? null : event.tillId(), event.bill().map(this::bill).orElse(null),
                orNull(allocations(event.allocations())), orNull(named(event.customFields())),
                orNull(named(event.extendedFields())),
                orNull(event.paymentModes().stream().map(mode -> new PaymentModeInput(mode.name(), mode.amount())).toList()),
                orNull(event.pointInTimeSlabs().stream().map(slab -> new SlabInput(slab.slabNumber(), slab.slabName(),
                        slab.programId(), slab.defaultProgram())).toList()),
                block(detail, GenericEventDetail.class, this::generic), block(detail, GoodwillDetail.class, this::goodwill),
                block(detail, RedemptionDetail.class, this::redemption), block(detail, TransferDetail.class, this::transfer),
                block(detail, TargetCompletedDetail.class, this::target),
                block(detail, VoucherRedemptionDetail.class, this::voucher),
                block(detail, ManualAdjustmentDetail.class, this::adjustment), block(detail, ImportDetail.class, this::imported));
    }

    /** The detail as its block, when it is of {@code type}: an event carries at most one block. */
    private static <D extends EventDetail, T> T block(Optional<EventDetail> detail, Class<D> type, Function<D, T> write) {
        return detail.filter(type::isInstance).map(type::cast).map(write).orElse(null);
    }

    private BillInput bill(Bill bill) {
        var returned = bill.returned().map(r -> new ReturnInput(time(r.returnDate()), r.returnAmount(), r.returnType().name(),
                r.returnBillId())).orElse(null);
        return new BillInput(bill.billNumber(), bill.amounts().gross(), bill.amounts().discount(), bill.amounts().net(),
                text(bill.note()), bill.source().name(), time(bill.billDate()), returned,
                orNull(bill.lineItems().stream().map(this::line).toList()), orNull(allocations(bill.allocations())));
    }

    private LineItemInput line(LineItem line) {
        var returned = line.returned().map(r -> new LineReturnInput(r.returnAmount(), r.returnRate(), r.returnQty(),
                r.returnValue(), text(r.serialNumber()))).orElse(null);
        return new LineItemInput(line.id(), line.itemCode(), line.amounts().gross(), line.amounts().discount(),
                line.amounts().net(), line.rate(), line.qty(), returned, orNull(allocations(line.allocations())));
    }

    private static List<AllocationInput> allocations(List<PointsAllocation> allocations) {
        return allocations.stream().map(a -> new AllocationInput(a.kind().name(), a.value(), a.sourceValue(),
                time(a.awardedOn()), a.expiresOn().map(EventInputWriter::time).orElse(null),
                a.conversionDate().map(EventInputWriter::time).orElse(null), program(a.rule().program()),
                reference(a.rule().category().id(), a.rule().category().name()),
                reference(a.rule().allocationStrategy().id(), a.rule().allocationStrategy().name()),
                new ReferenceInput(a.rule().expiryStrategy().id(), a.rule().expiryStrategy().name(), null,
                        a.rule().expiryStrategy().type().name(), null, null, null),
                a.promotion().map(EventInputWriter::promotion).orElse(null),
                a.currency().map(c -> new ReferenceInput(c.id(), c.name(), null, null, null, null, c.identifier())).orElse(null),
                a.returnedPoints().orElse(null),
                a.awardAction().map(x -> new AwardActionInput(x.id(), x.name(), x.rulesetId(), x.rulesetName())).orElse(null)))
                .toList();
    }

    private GenericInput generic(GenericEventDetail detail) {
        return new GenericInput(detail.eventDisplayName(), detail.displayName(), text(detail.label()),
                orNull(detail.fields().stream().map(field -> {
                    var attributes = new LinkedHashMap<String, AttributeInput>();
                    field.attributes().forEach((name, a) -> attributes.put(name, new AttributeInput(a.valueType(), a.value())));
                    return new GenericFieldInput(field.fieldName(), field.fieldType(), attributes);
                }).toList()));
    }

    private GoodwillInput goodwill(GoodwillDetail detail) {
        return new GoodwillInput(detail.reason(), text(detail.comments()), detail.assocId().orElse(null),
                text(detail.requestId()));
    }

    private RedemptionInput redemption(RedemptionDetail detail) {
        return new RedemptionInput(detail.pointsRedeemed(), text(detail.purpose()), text(detail.transactionNumber()),
                time(detail.billingTime()), text(detail.externalReferenceNumber()), detail.redemptionId(),
                text(detail.notes()), detail.groupRedemption(), orNull(programPoints(detail.pointsBreakup())));
    }

    private TransferInput transfer(TransferDetail detail) {
        return new TransferInput(party(detail.from()), party(detail.to()), text(detail.notes()));
    }

    private static PartyInput party(TransferDetail.Party party) {
        return new PartyInput(party.userId(), text(party.firstName()), text(party.lastName()), party.transferType(),
                orNull(programPoints(party.points())));
    }

    private TargetInput target(TargetCompletedDetail detail) {
        return new TargetInput(detail.targetGroupId(), detail.targetGroupName(), detail.targetId(), detail.targetName(),
                text(detail.targetDescription()), detail.targetPeriodId(), detail.targetPeriodName(), detail.targetValue(),
                detail.achievedValue().orElse(null), detail.triggerValue().orElse(null), detail.sourceId().orElse(null),
                detail.sourceType(), text(detail.milestoneName()), detail.pointsEarned());
    }

    private VoucherInput voucher(VoucherRedemptionDetail detail) {
        return new VoucherInput(detail.voucherIssuedId(), detail.voucherSeriesId(), detail.redeemedVoucherCode(),
                time(detail.redeemDate()));
    }

    /** With the allocations it consumed, an adjustment's per-program totals follow from them and are not written. */
    private AdjustmentInput adjustment(ManualAdjustmentDetail detail) {
        if (detail.breakup().isEmpty()) {
            return new AdjustmentInput(detail.totalPointsDeducted(), time(detail.createdOn()), detail.reason(),
                    orNull(programPoints(detail.deductions())), null);
        }
        return new AdjustmentInput(detail.totalPointsDeducted(), time(detail.createdOn()), detail.reason(), null,
                detail.breakup().stream().map(EventInputWriter::deduction).toList());
    }

    private static DeductionInput deduction(Deduction d) {
        return new DeductionInput(d.loyaltyId().orElse(null), program(d.points().program()), d.points().points(),
                d.currencyValue(), d.promotion().map(p -> reference(p.id(), p.name())).orElse(null), d.awardedRefType().name(),
                d.awardedRefId(), time(d.deductedOn()), d.deductedBy(), d.deductedById(), d.sourceType(), d.awardedTillId(),
                time(d.awardedTillDate()));
    }

    private ImportInput imported(ImportDetail detail) {
        return new ImportInput(detail.eventDisplayName(), detail.fileName(), time(detail.importStartTime()),
                time(detail.importEndTime()), text(detail.profileName()), text(detail.profileType()));
    }

    private static List<ProgramPointsInput> programPoints(List<ProgramPoints> points) {
        return points.stream().map(p -> new ProgramPointsInput(p.points(), program(p.program()))).toList();
    }

    private static ReferenceInput program(Program program) {
        return new ReferenceInput(program.id(), program.name(), program.isDefault(), null, null, null, null);
    }

    private static ReferenceInput reference(long id, String name) {
        return new ReferenceInput(id, name, null, null, null, null, null);
    }

    private static ReferenceInput promotion(Promotion promotion) {
        return new ReferenceInput(promotion.id(), promotion.name(), null, null,
                promotion.startDate().map(LocalDate::toString).orElse(null),
                promotion.endDate().map(LocalDate::toString).orElse(null), null);
    }

    private static List<NamedValueInput> named(List<NamedValue> values) {
        return values.stream().map(value -> new NamedValueInput(value.name(), value.value())).toList();
    }

    private static String time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }

    /** The reader takes a missing optional text as empty: written as missing, it reads back as it was. */
    private static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static <T> List<T> orNull(List<T> values) {
        return values.isEmpty() ? null : values;
    }
}

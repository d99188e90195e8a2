package io.ledgerlens.adapter.web.explode;

import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
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
import io.ledgerlens.domain.points.PointsBreakup;
import io.ledgerlens.domain.points.Promotion;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which keys each kind's detail adds, and where (§7.5): some inside
 * {@code eventDetails}, the rest at event level. These come without any flag.
 */
final class KindBlocks {

    private final KindJsonMapper mapper = KindJsonMapper.INSTANCE;
    private final PointsJsonMapper pointsMapper = PointsJsonMapper.INSTANCE;

    /** The one {@code deductionType} an adjustment's entries have (§7.5.2). */
    private static final String MANUAL_ADJUSTMENT = "MANUAL_ADJUSTMENT";

    /** Kinds whose points live in a block of their own (§7.2's table) or in the bill, never at event level. */
    private static final Set<EventName> POINTS_ELSEWHERE = EnumSet.of(EventName.TARGET_COMPLETED,
            EventName.POINTS_REDEMPTION, EventName.POINTS_TRANSFER, EventName.MANUAL_POINTS_ADJUSTMENT);

    /** Kinds whose {@code eventDetails} has no {@code eventTime} (§7.1): behavioural events and imports. */
    private static final Set<EventName> UNTIMED = EnumSet.of(EventName.GENERIC_EVENT, EventName.CUSTOMER_PROMOTION_IMPORT,
            EventName.LINE_ITEMS_POINTS_PROMOTION_IMPORT, EventName.BILL_POINTS_PROMOTION_IMPORT);

    private static final Set<EventName> IMPORTS = EnumSet.of(EventName.CUSTOMER_PROMOTION_IMPORT,
            EventName.LINE_ITEMS_POINTS_PROMOTION_IMPORT, EventName.BILL_POINTS_PROMOTION_IMPORT);

    /** Kinds whose {@code eventDetails} has no {@code tillId} (§7.1): goodwill awards and transfers. */
    private static final Set<EventName> TILL_LESS = EnumSet.of(EventName.ALLOCATE_GOODWILL_POINTS, EventName.POINTS_TRANSFER);

    static boolean showsEventTime(LedgerEvent event) {
        return !UNTIMED.contains(event.name());
    }

    static boolean showsTill(LedgerEvent event) {
        return !TILL_LESS.contains(event.name());
    }

    /** The till that recorded the event; an import was recorded by none, {@code -1} (§7.1). */
    static long tillShown(LedgerEvent event) {
        return IMPORTS.contains(event.name()) ? LedgerEvent.NO_TILL : event.tillId();
    }

    /** A customer promotion import's promo entries carry five keys only (§7.2): no expiry. */
    static boolean promoWithoutExpiry(LedgerEvent event) {
        return event.name() == EventName.CUSTOMER_PROMOTION_IMPORT;
    }

    /** Whether the event carries {@code pointsEarned} at event level (§7.2's table). */
    static boolean carriesEventLevelPoints(LedgerEvent event) {
        return event.bill().isEmpty() && !POINTS_ELSEWHERE.contains(event.name());
    }

    KindJson.DetailKeys detailKeys(LedgerEvent event, ZoneId zone) {
        var detail = event.detail().orElse(null);
        if (detail instanceof GenericEventDetail generic) {
            return new KindJson.DetailKeys(generic.eventDisplayName(), generic.displayName(), null, null, null, null, null);
        }
        if (detail instanceof GoodwillDetail goodwill) {
            // §7.5: comments left out when none was given; assocId 0 when no Intouch user issued the points
            return new KindJson.DetailKeys(null, null, goodwill.reason(),
                    goodwill.comments() == null || goodwill.comments().isEmpty() ? null : goodwill.comments(),
                    goodwill.assocId().orElse(0L), mapper.storedId(goodwill.requestId()), null);
        }
        if (detail instanceof RedemptionDetail redemption) {
            return new KindJson.DetailKeys(null, null, null, null, null, null, mapper.redemption(redemption, zone));
        }
        if (detail instanceof ImportDetail imported) {
            return new KindJson.DetailKeys(imported.eventDisplayName(), null, null, null, null, null, null);
        }
        return KindJson.DetailKeys.NONE;
    }

    KindJson.EventKeys eventKeys(LedgerEvent event, ZoneId zone) {
        EventDetail detail = event.detail().orElse(null);
        if (detail instanceof GenericEventDetail generic) {
            return new KindJson.EventKeys(mapper.behavioralMetadata(generic), null, null, null, null, null, null, null, null);
        }
        if (detail instanceof RedemptionDetail redemption) {
            return new KindJson.EventKeys(null, mapper.programPoints(redemption.pointsBreakup()),
                    null, null, null, null, null, null, null);
        }
        if (detail instanceof TransferDetail transfer) {
            return new KindJson.EventKeys(null, null, mapper.transferParty(transfer.from()),
                    mapper.transferParty(transfer.to()), transfer.notes(), null, null, null, null);
        }
        if (detail instanceof TargetCompletedDetail target) {
            return new KindJson.EventKeys(null, null, null, null, null, target(event, target, zone), null, null, null);
        }
        if (detail instanceof VoucherRedemptionDetail voucher) {
            return new KindJson.EventKeys(null, null, null, null, null, null, mapper.voucherRedemption(voucher, zone),
                    null, null);
        }
        if (detail instanceof ManualAdjustmentDetail adjustment) {
            return new KindJson.EventKeys(null, null, null, null, null, null, null, adjustment(event, adjustment, zone), null);
        }
        if (detail instanceof ImportDetail imported) {
            return new KindJson.EventKeys(null, null, null, null, null, null, null, null, mapper.importMeta(imported, zone));
        }
        return KindJson.EventKeys.NONE;
    }

    private KindJson.TargetCompleted target(LedgerEvent event, TargetCompletedDetail target, ZoneId zone) {
        var milestone = target.isMilestone();
        var earned = pointsMapper.earned(PointsBreakup.ofPoints(event.allocations()), zone);
        return new KindJson.TargetCompleted(target.targetGroupId(), target.targetGroupName(), target.targetId(),
                target.targetName(), target.targetDescription().isEmpty() ? null : target.targetDescription(),
                target.targetPeriodId(), target.targetPeriodName(),
                milestone ? null : mapper.threeDecimals(target.targetValue()),
                target.achievedValue().map(mapper::threeDecimals).orElse(null),
                target.triggerValue().map(mapper::threeDecimals).orElse(null),
                // recorded before revision 2 without a source id: the key is left out rather than invented
                target.sourceId().orElse(null), target.sourceType(),
                new KindJson.TargetPoints(earned.promo(), earned.promised()),
                milestone ? target.milestoneName() : null);
    }

    private KindJson.ManualAdjustment adjustment(LedgerEvent event, ManualAdjustmentDetail adjustment, ZoneId zone) {
        var customerId = event.subject() instanceof EventSubject.OfCustomer customer ? customer.customerId().value() : null;
        var entries = adjustment.breakup().isEmpty()
                ? adjustment.deductions().stream().map(total -> totalOnly(customerId, total, adjustment, zone)).toList()
                : adjustment.breakup().stream().map(deduction -> consumed(customerId, deduction, zone)).toList();
        return new KindJson.ManualAdjustment(event.orgId().value(), customerId,
                mapper.threeDecimals(adjustment.totalPointsDeducted()),
                LedgerTime.legacyToTheSecond(adjustment.createdOn(), zone), LedgerTime.iso(adjustment.createdOn(), zone),
                adjustment.reason(), entries);
    }

    /** An allocation the adjustment consumed, as the adjusting system recorded it. */
    private KindJson.Deduction consumed(Long customerId, Deduction deduction, ZoneId zone) {
        var points = deduction.points();
        return new KindJson.Deduction(customerId, deduction.loyaltyId().orElse(customerId), points.program().id(),
                points.program().name(), deduction.promotion().map(Promotion::id).orElse(null),
                deduction.promotion().map(Promotion::name).orElse(null), deduction.awardedRefType().name(),
                deduction.awardedRefId(), MANUAL_ADJUSTMENT, points.points(), mapper.threeDecimals(points.points()),
                deduction.currencyValue(), mapper.threeDecimals(deduction.currencyValue()),
                LedgerTime.legacy(deduction.deductedOn(), zone), LedgerTime.iso(deduction.deductedOn(), zone),
                deduction.deductedBy(), deduction.deductedById(), deduction.sourceType(), deduction.awardedTillId(),
                LedgerTime.legacy(deduction.awardedTillDate(), zone), LedgerTime.iso(deduction.awardedTillDate(), zone));
    }

    /** A program's total of an adjustment recorded before revision 2: what is known of it, and nothing invented. */
    private KindJson.Deduction totalOnly(Long customerId, ProgramPoints total, ManualAdjustmentDetail adjustment,
                                         ZoneId zone) {
        return new KindJson.Deduction(customerId, customerId, total.program().id(), total.program().name(), null, null,
                null, null, MANUAL_ADJUSTMENT, total.points(), mapper.threeDecimals(total.points()), null, null,
                LedgerTime.legacy(adjustment.createdOn(), zone), LedgerTime.iso(adjustment.createdOn(), zone),
                null, null, null, null, null, null);
    }
}

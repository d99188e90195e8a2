package io.ledgerlens.domain.testdata;

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
import io.ledgerlens.domain.points.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One realistic kind-specific block (§7.5) per event name that has one. */
public final class EventDetails {

    public static final Instant AT = Instant.parse("2024-05-02T06:30:00Z");

    private EventDetails() {
    }

    public static GenericEventDetail reviewPosted() {
        var attributes = new LinkedHashMap<String, GenericEventDetail.Attribute>();
        attributes.put("stars", new GenericEventDetail.Attribute("INTEGER", "5"));
        attributes.put("verified", new GenericEventDetail.Attribute("BOOLEAN", "true"));
        return new GenericEventDetail("Review posted", "Product review", "reviews", List.of(
                new GenericEventDetail.Field("rating", "OBJECT", attributes),
                new GenericEventDetail.Field("sku", "STRING", Map.of("code", new GenericEventDetail.Attribute("STRING", "sku_1")))));
    }

    public static GoodwillDetail apology() {
        return new GoodwillDetail("late delivery", "order 771 arrived a week late", Optional.of(9001L), "55");
    }

    public static RedemptionDetail redemption() {
        return new RedemptionDetail(new BigDecimal("20"), "checkout", "TXN-9", AT, "EXT-1", "9901", "at till 4", false,
                List.of(new ProgramPoints(new BigDecimal("20"), Allocations.DEFAULT_PROGRAM)));
    }

    public static TransferDetail transfer() {
        var points = List.of(new ProgramPoints(new BigDecimal("15.5"), Allocations.DEFAULT_PROGRAM));
        return new TransferDetail(
                new TransferDetail.Party(341198823, "Asha", "Rao", "TRANSFER", points),
                new TransferDetail.Party(341198824, "Ravi", "Rao", "TRANSFER", points),
                "family gift");
    }

    public static TargetCompletedDetail target() {
        return new TargetCompletedDetail(11, "Spend targets", 12, "Spend 5000", "spend 5000 in May", 13, "May 2024",
                new BigDecimal("5000"), Optional.of(new BigDecimal("5120.5")), Optional.empty(), Optional.of(24732968L),
                "USERTARGET", "", new BigDecimal("250"));
    }

    public static VoucherRedemptionDetail voucher() {
        return new VoucherRedemptionDetail(88123, 4412, "SAVE10-XYZ", AT);
    }

    /** An adjustment with the allocations it consumed (§7.5.2): a bill award and a promotion's award. */
    public static ManualAdjustmentDetail adjustment() {
        return ManualAdjustmentDetail.ofBreakup(new BigDecimal("30"), AT, "duplicate award reversed", List.of(
                new Deduction(Optional.of(341198823L), new ProgramPoints(new BigDecimal("25"), Allocations.DEFAULT_PROGRAM),
                        new BigDecimal("2.5"), Optional.empty(), AwardedRefType.POINT_AWARDED, 99120044, AT, "care.agent",
                        50161182, "Bill", 50671937, AT.minusSeconds(86400 * 30)),
                new Deduction(Optional.empty(), new ProgramPoints(new BigDecimal("5"), Allocations.DEFAULT_PROGRAM),
                        new BigDecimal("0.5"), Optional.of(new Promotion(7701, "Weekend double points", Optional.empty(),
                        Optional.empty())), AwardedRefType.POINT_AWARDED_BILL_PROMOTION, 99120045, AT, "care.agent",
                        50161182, "Bill", 50671937, AT.minusSeconds(86400 * 30))));
    }

    /** An adjustment as recorded before revision 2: its per-program totals only. */
    public static ManualAdjustmentDetail adjustmentWithoutBreakup() {
        return new ManualAdjustmentDetail(new BigDecimal("30"), AT, "duplicate award reversed",
                List.of(new ProgramPoints(new BigDecimal("30"), Allocations.DEFAULT_PROGRAM)));
    }

    public static ImportDetail importOf(String displayName) {
        return new ImportDetail(displayName, "may_promotions.csv", AT, AT.plusSeconds(95), "promotions", "POINTS");
    }

    /** The block an event of {@code name} carries in test data, if its kind has one. */
    public static Optional<EventDetail> forKind(EventName name) {
        return Optional.ofNullable(switch (name) {
            case GENERIC_EVENT -> reviewPosted();
            case ALLOCATE_GOODWILL_POINTS -> apology();
            case POINTS_REDEMPTION -> redemption();
            case POINTS_TRANSFER -> transfer();
            case TARGET_COMPLETED -> target();
            case VOUCHER_REDEMPTION -> voucher();
            case MANUAL_POINTS_ADJUSTMENT -> adjustment();
            case CUSTOMER_PROMOTION_IMPORT -> importOf("Customer promotion import");
            case LINE_ITEMS_POINTS_PROMOTION_IMPORT -> importOf("Line item points import");
            case BILL_POINTS_PROMOTION_IMPORT -> importOf("Bill points import");
            default -> null;
        });
    }
}

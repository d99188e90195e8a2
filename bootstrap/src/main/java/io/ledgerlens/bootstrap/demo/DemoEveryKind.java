package io.ledgerlens.bootstrap.demo;

import static io.ledgerlens.bootstrap.demo.DemoDataset.PRIYA;
import static io.ledgerlens.bootstrap.demo.DemoDataset.RAHUL;
import static io.ledgerlens.bootstrap.demo.DemoDataset.RETAILER;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.DEFAULT_PROGRAM;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.JOINING_BONUS;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.PURCHASES;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.STARS;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.WEEKEND_DOUBLE;

import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.Amounts;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.ReturnType;
import io.ledgerlens.domain.event.detail.EventDetail;
import io.ledgerlens.domain.event.detail.GenericEventDetail;
import io.ledgerlens.domain.event.detail.GoodwillDetail;
import io.ledgerlens.domain.event.detail.AwardedRefType;
import io.ledgerlens.domain.event.detail.Deduction;
import io.ledgerlens.domain.event.detail.ImportDetail;
import io.ledgerlens.domain.event.detail.ManualAdjustmentDetail;
import io.ledgerlens.domain.event.detail.ProgramPoints;
import io.ledgerlens.domain.event.detail.RedemptionDetail;
import io.ledgerlens.domain.event.detail.TargetCompletedDetail;
import io.ledgerlens.domain.event.detail.TargetSourceType;
import io.ledgerlens.domain.event.detail.TransferDetail;
import io.ledgerlens.domain.event.detail.VoucherRedemptionDetail;
import io.ledgerlens.domain.points.PointsAllocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The rest of Priya's year at the retailer: one event of every other kind the
 * contract can explode, each with its own block, plus a points-expiry entry
 * (which has no explode detail). References are listed in the README.
 */
final class DemoEveryKind {

    static final String NEW_BILL = "num124600";
    static final String RETURN_BILL = "RET-0001";
    static final String GENERIC_REQUEST = "5f0c3a7e-9d1b-4c55-8f3e-2b7a9c1d0e42";
    static final String VOUCHER_ISSUE = "88123";
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private DemoEveryKind() {
    }

    static void load(RecordLedgerPort ledger, long purchaseEventLogId) {
        var priya = EventSubject.customer(PRIYA);
        var newBillAt = at("2024-06-01T11:20:00");
        append(ledger, EventName.NEW_BILL, priya, NEW_BILL, "demo-new-bill", newBillAt, b -> b
                .bill(new Bill(NEW_BILL, Amounts.of("150.0", "0", "150.0"), "", Source.ECOMMERCE, newBillAt,
                        List.of(LineItem.sold(2158991001L, "sku_scarf_silk", Amounts.of("150.0", "0", "150.0"),
                                points("150.0"), points("1"), List.of())),
                        List.of(regular("15", "150.0", newBillAt)), Optional.empty())));

        var returnAt = at("2024-06-03T16:45:00");
        append(ledger, EventName.RETURN_BILL, priya, RETURN_BILL, "demo-return-1", returnAt, b -> b
                .bill(new Bill(RETURN_BILL, Amounts.of("100.0", "0", "100.0"), "size exchange", Source.INSTORE, returnAt,
                        List.of(new LineItem(2158992016L, "sku_164716452_1", Amounts.of("100.0", "0", "100.0"),
                                points("100.0"), points("1"),
                                List.of(regular("10", "100.0", returnAt).withReturnedPoints(points("10"))),
                                Optional.of(new LineItemReturn(points("100.0"), points("100.0"), points("1"),
                                        points("100.0"), "SN-0016")))),
                        List.of(PointsAllocation.promo(points("5"), PURCHASES, WEEKEND_DOUBLE, points("100.0"), returnAt,
                                at("2025-03-31T23:59:59")).withReturnedPoints(points("5"))),
                        Optional.of(new BillReturn(returnAt, points("100.0"), ReturnType.LINE_ITEM, DemoDataset.PURCHASE_BILL)))));

        var updatedAt = at("2024-06-10T09:00:00");
        append(ledger, EventName.CUSTOMER_UPDATE, priya, "-1", "demo-profile-complete", updatedAt, b -> b
                .allocations(List.of(PointsAllocation.regular(points("25"), JOINING_BONUS, points("0"), updatedAt,
                        at("2024-12-07T23:59:59")))));

        var reviewAt = at("2024-06-12T20:10:00");
        var rating = new LinkedHashMap<String, GenericEventDetail.Attribute>();
        rating.put("stars", new GenericEventDetail.Attribute("INTEGER", "5"));
        rating.put("verified_purchase", new GenericEventDetail.Attribute("BOOLEAN", "true"));
        withDetail(ledger, EventName.GENERIC_EVENT, GENERIC_REQUEST, "demo-review-1", reviewAt,
                List.of(regular("10", "0", reviewAt), regular("1", "0", reviewAt).inCurrency(STARS)),
                new GenericEventDetail("Review posted", "Product review", "reviews", List.of(
                        new GenericEventDetail.Field("rating", "OBJECT", rating),
                        new GenericEventDetail.Field("sku", "STRING",
                                Map.of("code", new GenericEventDetail.Attribute("STRING", "sku_164716451_2"))))));

        var goodwillAt = at("2024-06-15T14:00:00");
        withDetail(ledger, EventName.ALLOCATE_GOODWILL_POINTS, "-1", "demo-goodwill-1", goodwillAt,
                List.of(regular("50", "0", goodwillAt)),
                new GoodwillDetail("late delivery", "order num124600 arrived a week late", Optional.of(9001L), "55"));

        var redeemedAt = at("2024-06-20T13:05:00");
        withDetail(ledger, EventName.POINTS_REDEMPTION, "RDM-2024-0001", "demo-redemption-1", redeemedAt, List.of(),
                new RedemptionDetail(points("40"), "checkout", "num124700", redeemedAt, "EXT-7781", "20240001",
                        "redeemed at till 4", false, List.of(new ProgramPoints(points("40"), DEFAULT_PROGRAM))));

        var transferredAt = at("2024-06-22T10:30:00");
        var moved = List.of(new ProgramPoints(points("15.5"), DEFAULT_PROGRAM));
        withDetail(ledger, EventName.POINTS_TRANSFER, "-1", "demo-transfer-1", transferredAt, List.of(),
                new TransferDetail(new TransferDetail.Party(PRIYA.value(), "Priya", "Sharma", "TRANSFER", moved),
                        new TransferDetail.Party(RAHUL.value(), "Rahul", "Sharma", "TRANSFER", moved), "birthday gift"));

        var targetAt = at("2024-06-30T23:00:00");
        withDetail(ledger, EventName.TARGET_COMPLETED, String.valueOf(purchaseEventLogId), "demo-target-1", targetAt,
                List.of(PointsAllocation.promo(points("250"), PURCHASES, WEEKEND_DOUBLE, points("5120.5"), targetAt,
                        at("2025-06-30T23:59:59"))),
                new TargetCompletedDetail(11, "Spend targets", 12, "Spend 5000", "Spend 5000 in June", 13, "June 2024",
                        points("5000"), Optional.of(points("5120.5")), Optional.empty(), Optional.of(90031L),
                        TargetSourceType.USERTARGET.name(), "", points("250")));

        var voucherAt = at("2024-07-02T12:00:00");
        withDetail(ledger, EventName.VOUCHER_REDEMPTION, VOUCHER_ISSUE, "demo-voucher-1", voucherAt, List.of(),
                new VoucherRedemptionDetail(88123, 4412, "SAVE10-XYZ", voucherAt));

        var adjustedAt = at("2024-07-05T17:40:00");
        withDetail(ledger, EventName.MANUAL_POINTS_ADJUSTMENT, "-1", "demo-adjustment-1", adjustedAt, List.of(),
                ManualAdjustmentDetail.ofBreakup(points("30"), adjustedAt, "duplicate goodwill reversed", List.of(
                        new Deduction(Optional.empty(), new ProgramPoints(points("30"), DEFAULT_PROGRAM), points("30"),
                                Optional.empty(), AwardedRefType.POINT_AWARDED, 99120044, adjustedAt, "care.agent",
                                50161182, "Goodwill", 50671937, goodwillAt))));

        var importedAt = at("2024-07-10T02:00:00");
        for (var kind : List.of(EventName.CUSTOMER_PROMOTION_IMPORT, EventName.LINE_ITEMS_POINTS_PROMOTION_IMPORT,
                EventName.BILL_POINTS_PROMOTION_IMPORT)) {
            withDetail(ledger, kind, "-1", "demo-import-" + kind.wireName(), importedAt,
                    List.of(PointsAllocation.promo(points("20"), PURCHASES, WEEKEND_DOUBLE, points("0"), importedAt,
                            at("2025-07-31T23:59:59"))),
                    new ImportDetail(kind.wireName() + " (July)", "july_promotions.csv", importedAt,
                            importedAt.plusSeconds(95), "promotions", "POINTS"));
        }

        append(ledger, EventName.POINTS_EXPIRY, priya, "-1", "demo-expiry-1", at("2024-07-31T23:59:59"), b -> b);
    }

    private static void withDetail(RecordLedgerPort ledger, EventName name, String reference, String uniqueId,
                                   Instant at, List<PointsAllocation> allocations, EventDetail detail) {
        append(ledger, name, EventSubject.customer(PRIYA), reference, uniqueId, at, b -> b
                .allocations(allocations)
                .detail(detail)
                .customFields(name == EventName.POINTS_REDEMPTION ? List.of(new NamedValue("counter", "4")) : List.of()));
    }

    private static void append(RecordLedgerPort ledger, EventName name, EventSubject subject, String reference,
                               String uniqueId, Instant at, UnaryOperator<LedgerEvent.Builder> body) {
        var tillId = name.wireName().endsWith("Import") ? LedgerEvent.NO_TILL : 50671937;
        DemoDataset.appended(new EventAppends(ledger).append(body.apply(LedgerEvent.builder(ledger.nextEventLogId(), RETAILER,
                name, subject).referenceId(reference).uniqueId(uniqueId).eventTime(at).tillId(tillId)).build()));
    }

    private static PointsAllocation regular(String value, String sourceValue, Instant awardedOn) {
        return PointsAllocation.regular(points(value), PURCHASES, points(sourceValue), awardedOn, at("2025-06-30T23:59:59"));
    }

    private static Instant at(String localIndiaTime) {
        return LocalDateTime.parse(localIndiaTime).atZone(INDIA).toInstant();
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }
}

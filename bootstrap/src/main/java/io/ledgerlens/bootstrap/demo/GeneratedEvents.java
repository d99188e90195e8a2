package io.ledgerlens.bootstrap.demo;

import io.ledgerlens.adapter.web.recording.EventInput;
import io.ledgerlens.adapter.web.recording.EventInput.AllocationInput;
import io.ledgerlens.adapter.web.recording.EventInput.ReferenceInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic events in their wire form, drawn from a seeded random source so a
 * seed always gives the same dataset: mostly purchases with line items, and
 * every other kind of the contract, with promised points, promotions, an
 * alternate currency and returns.
 */
final class GeneratedEvents {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.ofHoursMinutes(5, 30));
    private static final Instant START = Instant.parse("2024-01-01T04:30:00Z");
    private static final ReferenceInput PROGRAM = new ReferenceInput(2649L, "Default Program", true, null, null, null, null);
    private static final ReferenceInput CATEGORY = new ReferenceInput(18871L, "Main", null, null, null, null, null);
    private static final ReferenceInput STRATEGY = new ReferenceInput(111526L, "10 percent", null, null, null, null, null);
    private static final ReferenceInput EXPIRY = new ReferenceInput(109281L, "NUM_MONTHS_END12", null, "FIXED", null, null, null);
    private static final ReferenceInput PROMOTION =
            new ReferenceInput(7701L, "Weekend double points", null, null, "2024-01-01", "2024-12-31", null);
    private static final ReferenceInput STARS = new ReferenceInput(301L, "stars", null, null, null, null, "P7d8Br");

    /** How many customers' latest purchases are remembered for a later return (the least recent are forgotten). */
    private static final int REMEMBERED_PURCHASES = 100_000;

    private final Random random;
    private final String seedTag;
    /** Each customer's latest purchase not returned yet: what a generated return gives back. */
    private final Map<Long, Bought> returnable = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bought> eldest) {
            return size() > REMEMBERED_PURCHASES;
        }
    };

    /** What a purchase bought, line by line: enough to give (part of) it back. */
    private record Bought(String billNumber, List<String> items, List<BigDecimal> rates, List<BigDecimal> quantities) {
    }

    GeneratedEvents(long seed) {
        this.random = new Random(seed);
        this.seedTag = Long.toString(seed, 36);
    }

    /** The {@code n}th event, on the ledger of {@code customerId} (or of {@code groupId} for a group purchase). */
    EventInput next(long n, long customerId, Long groupId) {
        var at = START.plusSeconds(n * 37 + random.nextInt(30));
        var roll = random.nextInt(100);
        var uniqueId = "gen-" + seedTag + "-" + n;
        if (roll < 55) {
            return purchase(uniqueId, "TransactionAdd", customerId, null, at);
        }
        if (roll < 60) {
            return purchase(uniqueId, "NewBill", customerId, null, at);
        }
        if (roll < 65) {
            // A return gives back the customer's latest purchase not returned yet; with none, it is a purchase.
            var bought = returnable.remove(customerId);
            return bought == null ? purchase(uniqueId, "TransactionAdd", customerId, null, at)
                    : giveBack(uniqueId, customerId, bought, at);
        }
        if (roll < 70) {
            return groupId == null ? purchase(uniqueId, "TransactionAdd", customerId, null, at)
                    : purchase(uniqueId, "GroupTransactionAdd", null, groupId, at);
        }
        var time = ISO.format(at);
        var points = List.of(award("REGULAR", amount(5, 200), at));
        return switch (roll) {
            case 70, 71, 72, 73 -> plain(uniqueId, "CustomerRegistration", customerId, time, points);
            case 74, 75, 76 -> plain(uniqueId, "CustomerUpdate", customerId, time, points);
            case 77, 78, 79, 80 -> with(plain(uniqueId, "GenericEvent", customerId, time, points), new EventInput.GenericInput(
                    "Review posted", "Product review", "reviews", List.of(new EventInput.GenericFieldInput("rating", "OBJECT",
                    Map.of("stars", new EventInput.AttributeInput("INTEGER", Integer.toString(1 + random.nextInt(5))))))));
            case 81, 82, 83, 84 -> with(plain(uniqueId, "AllocateGoodwillPoints", customerId, time, points),
                    new EventInput.GoodwillInput("late delivery", "", (long) (1 + random.nextInt(9000)), String.valueOf(n + 1)));
            case 85, 86, 87, 88 -> with(plain(uniqueId, "PointsRedemption", customerId, time, List.of()),
                    new EventInput.RedemptionInput(amount(10, 300), "checkout", "txn-" + n, time, "", String.valueOf(n + 1), "", false,
                            List.of(new EventInput.ProgramPointsInput(amount(10, 300), PROGRAM))));
            case 89, 90 -> with(plain(uniqueId, "PointsTransfer", customerId, time, List.of()), new EventInput.TransferInput(
                    party(customerId, "TRANSFER"), party(customerId + 1, "TRANSFER"), "gift"));
            case 91, 92 -> target(uniqueId, customerId, at, roll == 92, n);
            case 93, 94 -> with(plain(uniqueId, "VoucherRedemption", customerId, time, List.of()),
                    new EventInput.VoucherInput(80000L + n, 4412L, "SAVE10-" + n, time));
            case 95, 96 -> adjustment(uniqueId, customerId, at, n);
            default -> with(plain(uniqueId, List.of("CustomerPromotionImport", "LineItemsPointsPromotionImport",
                    "BillPointsPromotionImport").get(roll % 3), customerId, time, List.of(award("PROMO", amount(5, 50), at))),
                    new EventInput.ImportInput("Promotion import", "promotions.csv", time, ISO.format(at.plusSeconds(60)),
                            "promotions", "POINTS"));
        };
    }

    private EventInput purchase(String uniqueId, String name, Long customerId, Long groupId, Instant at) {
        var items = new ArrayList<String>();
        var rates = new ArrayList<BigDecimal>();
        var quantities = new ArrayList<BigDecimal>();
        for (int i = 1; i <= 1 + random.nextInt(4); i++) {
            rates.add(amount(50, 2000));
            quantities.add(BigDecimal.valueOf(1 + random.nextInt(3)));
            items.add("sku_" + random.nextInt(5000));
        }
        var bought = new Bought("B-" + uniqueId, items, rates, quantities);
        if (customerId != null) {
            returnable.put(customerId, bought);
        }
        return bill(uniqueId, name, customerId, groupId, at, bought, null);
    }

    /** A return of {@code bought}: the whole bill, or (one time in three) its first line only. */
    private EventInput giveBack(String uniqueId, long customerId, Bought bought, Instant at) {
        var whole = random.nextInt(3) != 0 || bought.items().size() == 1;
        var given = whole ? bought : new Bought(bought.billNumber(), bought.items().subList(0, 1),
                bought.rates().subList(0, 1), bought.quantities().subList(0, 1));
        return bill(uniqueId, "ReturnBill", customerId, null, at, given, whole ? "FULL" : "LINE_ITEM");
    }

    /** A bill of {@code lines}; a return ({@code returnType} set) gives them back, and the points they earned. */
    private EventInput bill(String uniqueId, String name, Long customerId, Long groupId, Instant at, Bought lines,
                            String returnType) {
        var isReturn = returnType != null;
        var time = ISO.format(at);
        var items = new ArrayList<EventInput.LineItemInput>();
        var total = BigDecimal.ZERO;
        for (int i = 0; i < lines.items().size(); i++) {
            var rate = lines.rates().get(i);
            var qty = lines.quantities().get(i);
            var amount = rate.multiply(qty);
            total = total.add(amount);
            var lineAwards = List.of(award("REGULAR", tenth(amount), at));
            items.add(new EventInput.LineItemInput((long) i + 1, lines.items().get(i), amount, BigDecimal.ZERO, amount,
                    rate, qty, isReturn ? new EventInput.LineReturnInput(amount, rate, qty, amount, "SN-" + (i + 1)) : null,
                    isReturn ? withReturned(lineAwards) : lineAwards));
        }
        var billAwards = new ArrayList<AllocationInput>(List.of(award("REGULAR", tenth(total), at)));
        if (random.nextInt(4) == 0) {
            billAwards.add(award("PROMO", tenth(total), at));
        }
        if (random.nextInt(3) == 0 && !isReturn) {
            billAwards.add(award("PROMISED", tenth(total), at));
        }
        if (random.nextInt(5) == 0) {
            billAwards.add(currency(award("REGULAR", amount(1, 10), at)));
        }
        var reference = isReturn ? "RET-" + uniqueId : lines.billNumber();
        var bill = new EventInput.BillInput(reference, total, BigDecimal.ZERO, total, "", "INSTORE", time,
                isReturn ? new EventInput.ReturnInput(time, total, returnType, lines.billNumber()) : null, items,
                isReturn ? withReturned(billAwards) : billAwards);
        return new EventInput(uniqueId, name, customerId, groupId, reference, time, 50671937L, bill, null,
                List.of(new EventInput.NamedValueInput("channel", "pos")), null,
                List.of(new EventInput.PaymentModeInput(random.nextBoolean() ? "CASH" : "UPI", total)),
                List.of(new EventInput.SlabInput(1 + random.nextInt(3), "TIER", 2649L, true)),
                null, null, null, null, null, null, null, null);
    }

    private static EventInput plain(String uniqueId, String name, long customerId, String time, List<AllocationInput> points) {
        return new EventInput(uniqueId, name, customerId, null, "-1", time, -1L, null, points, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private static EventInput with(EventInput e, Object block) {
        return new EventInput(e.uniqueId(), e.eventName(), e.customerId(), e.userGroupId(), e.eventReferenceId(),
                e.eventTime(), e.tillId(), e.bill(), e.allocations(), e.customFields(), e.extendedFields(), e.paymentModes(),
                e.pointInTimeSlabs(),
                block instanceof EventInput.GenericInput g ? g : null,
                block instanceof EventInput.GoodwillInput g ? g : null,
                block instanceof EventInput.RedemptionInput r ? r : null,
                block instanceof EventInput.TransferInput t ? t : null,
                block instanceof EventInput.TargetInput t ? t : null,
                block instanceof EventInput.VoucherInput v ? v : null,
                block instanceof EventInput.AdjustmentInput a ? a : null,
                block instanceof EventInput.ImportInput i ? i : null);
    }

    /** Points taken back by a care agent from one earlier bill award (§7.5.2 shows what, whose and when). */
    private EventInput adjustment(String uniqueId, long customerId, Instant at, long n) {
        var points = amount(5, 50);
        var time = ISO.format(at);
        var consumed = new EventInput.DeductionInput(null, PROGRAM, points, points.divide(BigDecimal.TEN), null,
                "POINT_AWARDED", 99000000L + n, null, "care.agent", 50161182L, "Bill", 50671937L,
                ISO.format(at.minusSeconds(30L * 86400)));
        return with(plain(uniqueId, "ManualPointsAdjustment", customerId, time, List.of()),
                new EventInput.AdjustmentInput(points, time, "correction", null, List.of(consumed)));
    }

    /** A spend target reached, or a milestone of a visit streak; its points are promo points (§7.5.1). */
    private EventInput target(String uniqueId, long customerId, Instant at, boolean milestone, long n) {
        var points = amount(100, 300);
        var event = plain(uniqueId, "TargetCompleted", customerId, ISO.format(at), List.of(award("PROMO", points, at)));
        return with(event, milestone
                ? new EventInput.TargetInput(14L, "Visit streaks", 15L, "Ten visits", "", 13L, "Quarter", null, null,
                        BigDecimal.TEN, 90000L + n, "MILESTONE", "Halfway", points)
                : new EventInput.TargetInput(11L, "Spend targets", 12L, "Spend 5000", "", 13L, "Quarter",
                        amount(5000, 5000), amount(5000, 9000), null, 90000L + n, "USERTARGET", null, points));
    }

    private AllocationInput award(String kind, BigDecimal value, Instant at) {
        var time = ISO.format(at);
        var expires = ISO.format(at.plusSeconds(365L * 86400));
        var converts = ISO.format(at.plusSeconds(30L * 86400));
        // Promised points convert after thirty days and then lapse with the year's other points.
        return new AllocationInput(kind, value, value.multiply(BigDecimal.TEN), time,
                expires, "PROMISED".equals(kind) ? converts : null,
                PROGRAM, CATEGORY, STRATEGY, EXPIRY, "PROMO".equals(kind) ? PROMOTION : null, null, null, null);
    }

    private static AllocationInput currency(AllocationInput a) {
        return new AllocationInput(a.kind(), a.value(), a.sourceValue(), a.awardedOn(), a.expiresOn(), a.conversionDate(),
                a.program(), a.category(), a.allocationStrategy(), a.expiryStrategy(), a.promotion(), STARS, null, null);
    }

    private static List<AllocationInput> withReturned(List<AllocationInput> awards) {
        return awards.stream().map(a -> new AllocationInput(a.kind(), a.value(), a.sourceValue(), a.awardedOn(),
                a.expiresOn(), a.conversionDate(), a.program(), a.category(), a.allocationStrategy(), a.expiryStrategy(),
                a.promotion(), a.alternateCurrency(), a.value(), null)).toList();
    }

    private static EventInput.PartyInput party(long userId, String type) {
        return new EventInput.PartyInput(userId, "", "", type,
                List.of(new EventInput.ProgramPointsInput(BigDecimal.TEN, PROGRAM)));
    }

    private BigDecimal amount(int low, int high) {
        return BigDecimal.valueOf(low + random.nextInt(high - low + 1)).setScale(1, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal tenth(BigDecimal value) {
        return value.divide(BigDecimal.TEN, 1, RoundingMode.DOWN);
    }
}

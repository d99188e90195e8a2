package io.ledgerlens.domain.testdata;

import io.ledgerlens.domain.points.AllocationRule;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Realistic points allocations, modelled on the contract's example (§9): the
 * default program 2649, 10 percent of the bill, points expiring at the end of
 * the twelfth month. Times are instants of an org in Asia/Kolkata.
 */
public final class Allocations {

    public static final Program DEFAULT_PROGRAM = new Program(2649, "Default Program", true);
    public static final Program PARTNER_PROGRAM = new Program(2650, "Partner Program", false);
    public static final PointsCategory MAIN = new PointsCategory(18871, "Main");
    public static final AllocationStrategy TEN_PERCENT = new AllocationStrategy(111526, "10 percent");
    public static final ExpiryStrategy END_OF_TWELFTH_MONTH = new ExpiryStrategy(109281, "NUM_MONTHS_END12", ExpiryType.FIXED);
    public static final AllocationRule DEFAULT_RULE = new AllocationRule(DEFAULT_PROGRAM, MAIN, TEN_PERCENT, END_OF_TWELFTH_MONTH);
    public static final AllocationRule PARTNER_RULE = new AllocationRule(PARTNER_PROGRAM, MAIN, TEN_PERCENT, END_OF_TWELFTH_MONTH);

    public static final Promotion WEEKEND_DOUBLE = new Promotion(7701, "Weekend double points",
            Optional.of(LocalDate.parse("2024-03-01")), Optional.of(LocalDate.parse("2024-03-31")));
    public static final AwardAction BILL_AMOUNT_ACTION = new AwardAction(5501, "award 10 percent", 4401, "bill rules");

    public static final AlternateCurrency STARS = new AlternateCurrency(301, "stars", "P7d8Br");
    public static final AlternateCurrency MILES = new AlternateCurrency(302, "miles", "Q2m9Lk");

    /** 2024-03-26 10:38:00 +05:30, the example bill's time. */
    public static final Instant AWARDED_ON = Instant.parse("2024-03-26T05:08:00Z");
    /** 2025-03-31 23:59:59 +05:30. */
    public static final Instant EXPIRES_ON = Instant.parse("2025-03-31T18:29:59Z");
    /** 2024-04-25 00:00:00 +05:30: thirty days after the bill, when promised points convert. */
    public static final Instant CONVERTS_ON = Instant.parse("2024-04-24T18:30:00Z");

    private Allocations() {
    }

    /** Regular points, computed as 10 percent of ten times their value. */
    public static PointsAllocation regular(String value) {
        return PointsAllocation.regular(points(value), DEFAULT_RULE, sourceOf(value), AWARDED_ON, EXPIRES_ON);
    }

    public static PointsAllocation promo(String value) {
        return PointsAllocation.promo(points(value), DEFAULT_RULE, WEEKEND_DOUBLE, sourceOf(value), AWARDED_ON, EXPIRES_ON);
    }

    public static PointsAllocation promised(String value) {
        return promised(value, CONVERTS_ON);
    }

    /** Promised points converting on {@code conversionDate} and lapsing, like regular ones, on {@link #EXPIRES_ON}. */
    public static PointsAllocation promised(String value, Instant conversionDate) {
        return PointsAllocation.promised(points(value), DEFAULT_RULE, sourceOf(value), AWARDED_ON, conversionDate, EXPIRES_ON);
    }

    /** Regular units of an alternate currency. */
    public static PointsAllocation regularIn(AlternateCurrency currency, String value) {
        return regular(value).inCurrency(currency);
    }

    public static PointsAllocation promoIn(AlternateCurrency currency, String value) {
        return promo(value).inCurrency(currency);
    }

    public static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal sourceOf(String value) {
        return new BigDecimal(value).movePointRight(1);
    }
}

package io.ledgerlens.bootstrap.demo;

import io.ledgerlens.domain.points.AllocationRule;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.time.LocalDate;
import java.util.Optional;

/** The loyalty configuration of the demo orgs: programs, categories, strategies, a promotion, a currency. */
final class DemoReferenceData {

    static final Program DEFAULT_PROGRAM = new Program(2649, "Default Program", true);
    static final Program OUTLET_PROGRAM = new Program(2700, "Outlet Program", true);
    static final PointsCategory MAIN = new PointsCategory(18871, "Main");
    static final PointsCategory BONUS = new PointsCategory(18872, "Bonus");
    static final AllocationStrategy TEN_PERCENT = new AllocationStrategy(111526, "10 percent");
    static final AllocationStrategy FLAT_BONUS = new AllocationStrategy(111527, "flat 100 on joining");
    static final ExpiryStrategy END_OF_TWELFTH_MONTH = new ExpiryStrategy(109281, "NUM_MONTHS_END12", ExpiryType.FIXED);
    static final ExpiryStrategy ROLLING_180_DAYS = new ExpiryStrategy(109282, "ROLLING_180_DAYS", ExpiryType.ROLLING);
    static final Promotion WEEKEND_DOUBLE = new Promotion(7701, "Weekend double points",
            Optional.of(LocalDate.parse("2024-03-01")), Optional.of(LocalDate.parse("2024-03-31")));
    static final AlternateCurrency STARS = new AlternateCurrency(301, "stars", "P7d8Br");
    static final AwardAction BILL_RULE = new AwardAction(5501, "award 10 percent of bill", 4401, "Bill rules");

    static final AllocationRule PURCHASES = new AllocationRule(DEFAULT_PROGRAM, MAIN, TEN_PERCENT, END_OF_TWELFTH_MONTH);
    static final AllocationRule JOINING_BONUS = new AllocationRule(DEFAULT_PROGRAM, BONUS, FLAT_BONUS, ROLLING_180_DAYS);
    static final AllocationRule OUTLET_PURCHASES = new AllocationRule(OUTLET_PROGRAM, MAIN, TEN_PERCENT, END_OF_TWELFTH_MONTH);

    private DemoReferenceData() {
    }
}

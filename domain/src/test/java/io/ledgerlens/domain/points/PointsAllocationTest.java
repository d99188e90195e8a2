package io.ledgerlens.domain.points;

import static io.ledgerlens.domain.testdata.Allocations.AWARDED_ON;
import static io.ledgerlens.domain.testdata.Allocations.BILL_AMOUNT_ACTION;
import static io.ledgerlens.domain.testdata.Allocations.CONVERTS_ON;
import static io.ledgerlens.domain.testdata.Allocations.DEFAULT_RULE;
import static io.ledgerlens.domain.testdata.Allocations.EXPIRES_ON;
import static io.ledgerlens.domain.testdata.Allocations.STARS;
import static io.ledgerlens.domain.testdata.Allocations.WEEKEND_DOUBLE;
import static io.ledgerlens.domain.testdata.Allocations.points;
import static io.ledgerlens.domain.testdata.Allocations.promised;
import static io.ledgerlens.domain.testdata.Allocations.promo;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One award of points: its kind decides which dates and details it must, and may, have. */
class PointsAllocationTest {

    private static PointsAllocation allocation(AllocationKind kind, Optional<Instant> conversionDate,
                                               Optional<Promotion> promotion, Optional<AlternateCurrency> currency) {
        return new PointsAllocation(kind, points("10.0"), DEFAULT_RULE, points("100.0"), AWARDED_ON,
                Optional.of(EXPIRES_ON), conversionDate, promotion, currency, Optional.empty(), Optional.empty());
    }

    @Test
    void promised_points_need_a_conversion_date() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> allocation(AllocationKind.PROMISED, Optional.empty(), Optional.empty(), Optional.empty()))
                .withMessage("promised points need a conversion date");
    }

    @Test
    void regular_and_promo_points_have_no_conversion_date() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> allocation(AllocationKind.REGULAR, Optional.of(CONVERTS_ON), Optional.empty(),
                        Optional.empty()))
                .withMessage("only promised points have a conversion date");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> allocation(AllocationKind.PROMO, Optional.of(CONVERTS_ON), Optional.of(WEEKEND_DOUBLE),
                        Optional.empty()))
                .withMessage("only promised points have a conversion date");
    }

    @Test
    void promo_points_name_their_promotion() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> allocation(AllocationKind.PROMO, Optional.empty(), Optional.empty(), Optional.empty()))
                .withMessage("promo points name their promotion");
    }

    @Test
    void an_alternate_currency_is_never_promised() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> allocation(AllocationKind.PROMISED, Optional.of(CONVERTS_ON), Optional.empty(),
                        Optional.of(STARS)))
                .withMessage("alternate currencies are never promised");
        assertThatIllegalArgumentException().isThrownBy(() -> promised("5.0").inCurrency(STARS))
                .withMessage("alternate currencies are never promised");
    }

    @Test
    void a_regular_allocation_expires_and_has_no_conversion() {
        var allocation = regular("29.5");

        assertThat(allocation.kind()).isEqualTo(AllocationKind.REGULAR);
        assertThat(allocation.value()).isEqualByComparingTo("29.5");
        assertThat(allocation.sourceValue()).isEqualByComparingTo("295.0");
        assertThat(allocation.expiresOn()).contains(EXPIRES_ON);
        assertThat(allocation.conversionDate()).isEmpty();
        assertThat(allocation.promotion()).isEmpty();
        assertThat(allocation.isPoints()).isTrue();
    }

    @Test
    void a_promised_allocation_has_a_conversion_date_and_may_say_when_its_points_lapse_once_converted() {
        var allocation = promised("5.0");

        assertThat(allocation.conversionDate()).contains(CONVERTS_ON);
        assertThat(allocation.expiresOn()).contains(EXPIRES_ON);
    }

    @Test
    void a_promised_allocation_recorded_without_a_lapse_date_has_no_expiry() {
        var allocation = PointsAllocation.promised(new BigDecimal("5.0"), DEFAULT_RULE, new BigDecimal("50.0"), AWARDED_ON, CONVERTS_ON);

        assertThat(allocation.expiresOn()).isEmpty();
    }

    @Test
    void a_promo_allocation_carries_its_promotion() {
        assertThat(promo("20.0").promotion()).contains(WEEKEND_DOUBLE);
    }

    @Test
    void an_allocation_in_an_alternate_currency_is_not_points() {
        var stars = regular("3.0").inCurrency(STARS);

        assertThat(stars.currency()).contains(STARS);
        assertThat(stars.isPoints()).isFalse();
        assertThat(stars.value()).isEqualByComparingTo("3.0");
    }

    @Test
    void returned_points_and_the_award_action_are_added_without_changing_the_rest() {
        var original = promo("20.0");
        var onReturn = original.withReturnedPoints(new BigDecimal("8.0")).awardedBy(BILL_AMOUNT_ACTION);

        assertThat(onReturn.returnedPoints()).contains(new BigDecimal("8.0"));
        assertThat(onReturn.awardAction()).contains(BILL_AMOUNT_ACTION);
        assertThat(onReturn.promotion()).isEqualTo(original.promotion());
        assertThat(onReturn.value()).isEqualTo(original.value());
        assertThat(original.returnedPoints()).isEmpty();
    }

    @Test
    void points_are_exact_decimals() {
        assertThat(regular("0.1").value().add(regular("0.2").value())).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void an_allocation_knows_its_kind_value_rule_and_award_time() {
        assertThatNullPointerException().isThrownBy(() -> PointsAllocation.regular(null, DEFAULT_RULE,
                points("1"), AWARDED_ON, EXPIRES_ON)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> PointsAllocation.regular(points("1"), null,
                points("1"), AWARDED_ON, EXPIRES_ON)).withMessage("rule");
        assertThatNullPointerException().isThrownBy(() -> PointsAllocation.regular(points("1"), DEFAULT_RULE,
                points("1"), null, EXPIRES_ON)).withMessage("awardedOn");
    }

    @Test
    void reference_data_ids_are_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Program(0, "Default Program", true))
                .withMessage("Program id must be positive, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new PointsCategory(-1, "Main"))
                .withMessage("PointsCategory id must be positive, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new AlternateCurrency(0, "stars", "P7d8Br"))
                .withMessage("AlternateCurrency id must be positive, was 0");
    }

    @Test
    void an_expiry_type_is_rendered_in_lower_case() {
        assertThat(ExpiryType.FIXED.wireName()).isEqualTo("fixed");
        assertThat(ExpiryType.ROLLING.wireName()).isEqualTo("rolling");
    }
}

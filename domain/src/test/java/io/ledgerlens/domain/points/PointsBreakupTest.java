package io.ledgerlens.domain.points;

import static io.ledgerlens.domain.testdata.Allocations.MILES;
import static io.ledgerlens.domain.testdata.Allocations.STARS;
import static io.ledgerlens.domain.testdata.Allocations.promised;
import static io.ledgerlens.domain.testdata.Allocations.promo;
import static io.ledgerlens.domain.testdata.Allocations.promoIn;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.Allocations.regularIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Allocations split the way the explode answer shows them: by kind, and each alternate currency apart. */
class PointsBreakupTest {

    @Test
    void points_are_split_into_regular_promo_and_promised_keeping_their_order() {
        var firstRegular = regular("29.5");
        var promoPoints = promo("20.0");
        var promisedPoints = promised("5.0");
        var secondRegular = regular("1.5");

        var breakup = PointsBreakup.ofPoints(List.of(firstRegular, promoPoints, promisedPoints, secondRegular));

        assertThat(breakup.regular()).containsExactly(firstRegular, secondRegular);
        assertThat(breakup.promo()).containsExactly(promoPoints);
        assertThat(breakup.promised()).containsExactly(promisedPoints);
    }

    @Test
    void the_points_breakup_leaves_alternate_currencies_out() {
        var points = regular("29.5");

        var breakup = PointsBreakup.ofPoints(List.of(regularIn(STARS, "3.0"), points, promoIn(MILES, "2.0")));

        assertThat(breakup.regular()).containsExactly(points);
        assertThat(breakup.promo()).isEmpty();
        assertThat(breakup.promised()).isEmpty();
    }

    @Test
    void nothing_earned_is_an_empty_breakup() {
        assertThat(PointsBreakup.ofPoints(List.of()).isEmpty()).isTrue();
        assertThat(PointsBreakup.ofPoints(List.of(regularIn(STARS, "3.0"))).isEmpty()).isTrue();
        assertThat(PointsBreakup.ofPoints(List.of(promised("1.0"))).isEmpty()).isFalse();
    }

    @Test
    void each_alternate_currency_gets_its_own_breakup_in_order_of_first_appearance() {
        var stars = regularIn(STARS, "3.0");
        var miles = regularIn(MILES, "7.0");
        var promoStars = promoIn(STARS, "1.0");

        var byCurrency = PointsBreakup.byAlternateCurrency(List.of(regular("29.5"), miles, stars, promoStars));

        assertThat(byCurrency.keySet()).containsExactly(MILES, STARS);
        assertThat(byCurrency.get(STARS)).isEqualTo(new PointsBreakup(List.of(stars), List.of(promoStars), List.of()));
        assertThat(byCurrency.get(MILES)).isEqualTo(new PointsBreakup(List.of(miles), List.of(), List.of()));
    }

    @Test
    void the_order_of_currencies_follows_the_allocations_not_the_currencies() {
        assertThat(PointsBreakup.byAlternateCurrency(List.of(regularIn(STARS, "1.0"), regularIn(MILES, "1.0"))).keySet())
                .containsExactly(STARS, MILES);
        assertThat(PointsBreakup.byAlternateCurrency(List.of(regularIn(MILES, "1.0"), regularIn(STARS, "1.0"))).keySet())
                .containsExactly(MILES, STARS);
    }

    @Test
    void points_alone_have_no_alternate_currency_breakup() {
        assertThat(PointsBreakup.byAlternateCurrency(List.of(regular("29.5"), promised("5.0")))).isEmpty();
    }

    @Test
    void the_breakup_view_folds_promo_into_regular_after_the_regular_entries() {
        var first = regular("29.5");
        var promoPoints = promo("20.0");
        var second = regular("1.5");

        var breakup = PointsBreakup.ofPoints(List.of(promoPoints, first, second, promised("5.0")));

        assertThat(breakup.regularIncludingPromo()).containsExactly(first, second, promoPoints);
    }

    @Test
    void a_breakup_cannot_be_changed_from_outside() {
        var kinds = new ArrayList<>(List.of(regular("1.0")));
        var breakup = new PointsBreakup(kinds, List.of(), List.of());

        kinds.add(regular("2.0"));

        assertThat(breakup.regular()).hasSize(1);
    }
}

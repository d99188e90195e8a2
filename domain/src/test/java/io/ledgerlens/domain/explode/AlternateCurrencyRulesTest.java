package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.ALTERNATE_CURRENCY_NAMES;
import static io.ledgerlens.domain.explode.ExplodeParameters.INCLUDE_ALTERNATE_CURRENCIES;
import static io.ledgerlens.domain.testdata.ContractMessages.INVALID_ALTERNATE_CURRENCY_NAMES;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.accepted;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.assertRefused;
import static io.ledgerlens.domain.testdata.ExplodeParametersBuilder.aValidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Alternate currencies: all, or those named; an empty or malformed name is 9005. */
class AlternateCurrencyRulesTest {

    @Test
    void without_either_parameter_no_alternate_currency_is_shown() {
        var currencies = accepted(aValidRequest()).currencies();

        assertThat(currencies).isEqualTo(CurrencySelection.none());
        assertThat(currencies.isRequested()).isFalse();
        assertThat(currencies.includes("stars")).isFalse();
    }

    @Test
    void include_alternate_currencies_shows_every_currency() {
        var currencies = accepted(aValidRequest().with(INCLUDE_ALTERNATE_CURRENCIES, "true")).currencies();

        assertThat(currencies.all()).isTrue();
        assertThat(currencies.includes("stars")).isTrue();
        assertThat(currencies.includes("anything")).isTrue();
    }

    @Test
    void named_currencies_are_the_only_ones_shown() {
        var currencies = accepted(aValidRequest().with(ALTERNATE_CURRENCY_NAMES, "stars,Gold Coins")).currencies();

        assertThat(currencies).isEqualTo(CurrencySelection.named(List.of("stars", "Gold Coins")));
        assertThat(currencies.isRequested()).isTrue();
        assertThat(currencies.includes("stars")).isTrue();
        assertThat(currencies.includes("miles")).isFalse();
    }

    @Test
    void a_name_given_twice_is_kept_once_in_first_order() {
        var currencies = accepted(aValidRequest().with(ALTERNATE_CURRENCY_NAMES, "stars, miles ,stars,miles")).currencies();

        assertThat(currencies.names()).containsExactly("stars", "miles");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stars,", ",stars", "stars,,miles", "stars, ,miles", "", " "})
    void an_empty_currency_name_is_refused_with_9005(String names) {
        assertRefused(aValidRequest().with(ALTERNATE_CURRENCY_NAMES, names))
                .containsExactly(tuple(9005, INVALID_ALTERNATE_CURRENCY_NAMES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stars;miles", "<script>", "sta\u0000rs", "stars\u0000", "\u0007stars"})
    void a_malformed_currency_name_is_refused_with_9005(String names) {
        assertRefused(aValidRequest().with(ALTERNATE_CURRENCY_NAMES, names))
                .containsExactly(tuple(9005, INVALID_ALTERNATE_CURRENCY_NAMES));
    }

    @Test
    void a_currency_name_of_one_hundred_and_one_characters_is_refused_with_9005() {
        assertThat(accepted(aValidRequest().with(ALTERNATE_CURRENCY_NAMES, "s".repeat(100))).currencies().names())
                .containsExactly("s".repeat(100));
        assertRefused(aValidRequest().with(ALTERNATE_CURRENCY_NAMES, "s".repeat(101)))
                .containsExactly(tuple(9005, INVALID_ALTERNATE_CURRENCY_NAMES));
    }

    @Test
    void names_are_ignored_and_not_checked_when_every_currency_is_asked_for() {
        var currencies = accepted(aValidRequest()
                .with(INCLUDE_ALTERNATE_CURRENCIES, "TRUE")
                .with(ALTERNATE_CURRENCY_NAMES, "stars,,<bad>")).currencies();

        assertThat(currencies).isEqualTo(CurrencySelection.everything());
    }

    @Test
    void names_are_used_when_include_alternate_currencies_is_false() {
        var currencies = accepted(aValidRequest()
                .with(INCLUDE_ALTERNATE_CURRENCIES, "false")
                .with(ALTERNATE_CURRENCY_NAMES, "stars")).currencies();

        assertThat(currencies.all()).isFalse();
        assertThat(currencies.names()).containsExactly("stars");
    }
}

package io.ledgerlens.domain.explode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids travel as text: only plain decimal positive integers that fit a long are ids. */
class NumeralsTest {

    @Test
    void one_is_the_smallest_id() {
        assertThat(Numerals.positiveLong("1")).contains(1L);
    }

    @Test
    void the_largest_long_is_the_largest_id() {
        assertThat(Numerals.positiveLong("9223372036854775807")).contains(Long.MAX_VALUE);
    }

    @Test
    void leading_zeros_do_not_change_the_id() {
        assertThat(Numerals.positiveLong("0042")).contains(42L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "000", "-1", "+1", " 1", "1 ", "12a", "1e3", "0x1F", "9223372036854775808",
            "١٢"})
    void anything_else_is_not_an_id(String text) {
        assertThat(Numerals.positiveLong(text)).isEmpty();
    }

    @Test
    void no_text_is_not_an_id() {
        assertThat(Numerals.positiveLong(null)).isEmpty();
    }
}

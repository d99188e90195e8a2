package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.LIMIT;
import static io.ledgerlens.domain.explode.ExplodeParameters.OFFSET;
import static io.ledgerlens.domain.testdata.ContractMessages.INVALID_LIMIT;
import static io.ledgerlens.domain.testdata.ContractMessages.INVALID_OFFSET;
import static io.ledgerlens.domain.testdata.ContractMessages.LIMIT_TOO_LARGE;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.accepted;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.assertRefused;
import static io.ledgerlens.domain.testdata.ExplodeParametersBuilder.aValidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paging (ours, §4): offset is a 0-based page number, limit a page size of 1..100, else 11006. */
class PageRulesTest {

    @Test
    void without_offset_and_limit_the_first_page_of_a_hundred_is_read_so_no_list_of_event_ids_is_cut_short() {
        assertThat(accepted(aValidRequest()).page()).isEqualTo(new Page(0, 100));
    }

    @Test
    void a_limit_of_one_hundred_is_accepted() {
        assertThat(accepted(aValidRequest().with(LIMIT, "100")).page()).isEqualTo(new Page(0, 100));
    }

    @Test
    void a_limit_of_one_is_accepted() {
        assertThat(accepted(aValidRequest().with(LIMIT, "1")).page()).isEqualTo(new Page(0, 1));
    }

    @Test
    void offset_and_limit_are_read_without_surrounding_spaces() {
        assertThat(accepted(aValidRequest().with(OFFSET, " 3 ").with(LIMIT, " 25")).page()).isEqualTo(new Page(3, 25));
    }

    @Test
    void a_limit_of_one_hundred_and_one_is_refused_with_11006() {
        assertRefused(aValidRequest().with(LIMIT, "101")).containsExactly(tuple(11006, LIMIT_TOO_LARGE));
    }

    @Test
    void a_limit_too_large_for_an_integer_is_still_too_large() {
        assertRefused(aValidRequest().with(LIMIT, "99999999999")).containsExactly(tuple(11006, LIMIT_TOO_LARGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "10.5"})
    void a_limit_below_one_or_not_an_integer_is_refused_with_11006(String limit) {
        assertRefused(aValidRequest().with(LIMIT, limit)).containsExactly(tuple(11006, INVALID_LIMIT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0663", "\uff13", "1\u0660"})
    void a_limit_written_in_other_digits_than_ascii_is_refused_with_11006(String limit) {
        assertRefused(aValidRequest().with(LIMIT, limit)).containsExactly(tuple(11006, INVALID_LIMIT));
    }

    @Test
    void an_offset_of_minus_one_is_refused_with_11006() {
        assertRefused(aValidRequest().with(OFFSET, "-1")).containsExactly(tuple(11006, INVALID_OFFSET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "99999999999"})
    void an_offset_that_is_not_an_integer_is_refused_with_11006(String offset) {
        assertRefused(aValidRequest().with(OFFSET, offset)).containsExactly(tuple(11006, INVALID_OFFSET));
    }

    @Test
    void a_bad_offset_and_a_bad_limit_are_both_reported_offset_first() {
        assertRefused(aValidRequest().with(OFFSET, "-1").with(LIMIT, "101"))
                .containsExactly(tuple(11006, INVALID_OFFSET), tuple(11006, LIMIT_TOO_LARGE));
    }

    @Test
    void a_page_starts_at_its_number_times_its_size() {
        assertThat(new Page(0, 10).firstIndex()).isZero();
        assertThat(new Page(3, 25).firstIndex()).isEqualTo(75L);
    }

    @Test
    void the_first_index_of_a_far_page_does_not_overflow() {
        assertThat(new Page(Integer.MAX_VALUE, 100).firstIndex()).isEqualTo(214_748_364_700L);
    }

    @Test
    void a_page_cannot_exist_out_of_range() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Page(-1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Page(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Page(0, 101));
    }
}

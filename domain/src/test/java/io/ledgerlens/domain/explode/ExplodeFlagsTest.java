package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.GET_BILL_DETAILS;
import static io.ledgerlens.domain.explode.ExplodeParameters.GET_CUSTOM_FIELDS;
import static io.ledgerlens.domain.explode.ExplodeParameters.GET_EXTENDED_FIELDS;
import static io.ledgerlens.domain.explode.ExplodeParameters.GET_MAX_CONVERSION_DETAILS;
import static io.ledgerlens.domain.explode.ExplodeParameters.GET_PAYMENT_MODE;
import static io.ledgerlens.domain.explode.ExplodeParameters.GET_PAYMENT_MODES;
import static io.ledgerlens.domain.explode.ExplodeParameters.GET_POINTS_EARNED_BREAKUP;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.accepted;
import static io.ledgerlens.domain.testdata.ExplodeParametersBuilder.aValidRequest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Optional sections: an absent flag is off, values compare case-insensitively. */
class ExplodeFlagsTest {

    @Test
    void absent_flags_are_all_off() {
        assertThat(accepted(aValidRequest()).flags()).isEqualTo(ExplodeFlags.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", " true "})
    void a_flag_is_on_whatever_the_case_of_true(String value) {
        assertThat(accepted(aValidRequest().with(GET_BILL_DETAILS, value)).flags().billDetails()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "yes", "1", "", "on"})
    void a_flag_is_off_for_anything_but_true(String value) {
        assertThat(accepted(aValidRequest().with(GET_BILL_DETAILS, value)).flags().billDetails()).isFalse();
    }

    @Test
    void each_flag_turns_on_its_own_section_only() {
        assertThat(accepted(aValidRequest().with(GET_BILL_DETAILS, "true")).flags())
                .isEqualTo(new ExplodeFlags(true, false, false, false, false, false));
        assertThat(accepted(aValidRequest().with(GET_POINTS_EARNED_BREAKUP, "true")).flags())
                .isEqualTo(new ExplodeFlags(false, true, false, false, false, false));
        assertThat(accepted(aValidRequest().with(GET_CUSTOM_FIELDS, "true")).flags())
                .isEqualTo(new ExplodeFlags(false, false, true, false, false, false));
        assertThat(accepted(aValidRequest().with(GET_EXTENDED_FIELDS, "true")).flags())
                .isEqualTo(new ExplodeFlags(false, false, false, true, false, false));
        assertThat(accepted(aValidRequest().with(GET_MAX_CONVERSION_DETAILS, "true")).flags())
                .isEqualTo(new ExplodeFlags(false, false, false, false, true, false));
        assertThat(accepted(aValidRequest().with(GET_PAYMENT_MODES, "true")).flags())
                .isEqualTo(new ExplodeFlags(false, false, false, false, false, true));
    }

    @Test
    void get_payment_mode_is_an_alias_of_get_payment_modes() {
        assertThat(accepted(aValidRequest().with(GET_PAYMENT_MODE, "TRUE")).flags().paymentModes()).isTrue();
        assertThat(accepted(aValidRequest().with(GET_PAYMENT_MODE, "true").with(GET_PAYMENT_MODES, "false"))
                .flags().paymentModes()).isTrue();
    }

    @Test
    void flag_names_are_case_sensitive_so_a_misspelt_flag_is_an_ignored_parameter() {
        assertThat(accepted(aValidRequest().with("GetBillDetails", "true").with("getbilldetails", "true")).flags())
                .isEqualTo(ExplodeFlags.none());
    }

    @Test
    void the_bill_section_exists_when_details_or_breakup_were_asked_for() {
        assertThat(new ExplodeFlags(true, false, false, false, false, false).billSection()).isTrue();
        assertThat(new ExplodeFlags(false, true, false, false, false, false).billSection()).isTrue();
        assertThat(new ExplodeFlags(false, false, true, true, true, true).billSection()).isFalse();
    }

    @Test
    void unknown_and_accepted_but_ignored_parameters_change_nothing() {
        var plain = accepted(aValidRequest());
        var withExtras = accepted(aValidRequest().with("includeLastOneYearData", "true").with("foo", "bar"));

        assertThat(withExtras).isEqualTo(plain);
    }
}

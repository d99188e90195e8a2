package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.testdata.ContractMessages.IDENTIFIER_VALUE_INCORRECT;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.accepted;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.assertRefused;
import static io.ledgerlens.domain.testdata.ExplodeParametersBuilder.aValidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.testdata.ExplodeParametersBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Order 3 of the contract's table: the identifier value must fit its name, else 8015. */
class IdentifierValueRulesTest {

    private static ExplodeParametersBuilder identifiedBy(String name, String value) {
        return aValidRequest().identifiedBy(name, value);
    }

    private static void assertRefusedWith8015(ExplodeParametersBuilder request) {
        assertRefused(request).containsExactly(tuple(8015, IDENTIFIER_VALUE_INCORRECT));
    }

    @Test
    void a_mobile_of_seven_digits_is_refused_with_8015() {
        assertRefusedWith8015(identifiedBy("mobile", "9876543"));
    }

    @Test
    void a_mobile_of_eight_digits_is_accepted() {
        var criteria = accepted(identifiedBy("mobile", "98765432"));

        assertThat(criteria.subject().name()).isEqualTo(IdentifierName.MOBILE);
        assertThat(criteria.subject().value()).isEqualTo("98765432");
    }

    @Test
    void a_mobile_of_fifteen_digits_is_accepted() {
        assertThat(accepted(identifiedBy("mobile", "919876543210123")).subject().value()).isEqualTo("919876543210123");
    }

    @Test
    void a_mobile_of_sixteen_digits_is_refused_with_8015() {
        assertRefusedWith8015(identifiedBy("mobile", "9198765432101234"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+919876543210", "91 98765 43210", "9198765432a", "٩١٩٨٧٦٥٤٣٢١٠"})
    void a_mobile_with_anything_but_ascii_digits_is_refused_with_8015(String mobile) {
        assertRefusedWith8015(identifiedBy("mobile", mobile));
    }

    @Test
    void a_mobile_surrounded_by_spaces_is_read_without_them() {
        assertThat(accepted(identifiedBy("mobile", " 919876543210 ")).subject().value()).isEqualTo("919876543210");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tom@example.com", "tom.riddle+loyalty@mail.example.co.in", "a@b.io"})
    void a_plausible_email_is_accepted(String email) {
        assertThat(accepted(identifiedBy("email", email)).subject().name()).isEqualTo(IdentifierName.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tom", "tom@", "@example.com", "tom@example", "tom@@example.com", "tom@exa mple.com",
            "tom@example..com", "tom@.example.com", "tom@example.com."})
    void an_implausible_email_is_refused_with_8015(String email) {
        assertRefusedWith8015(identifiedBy("email", email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pri\u0000ya@example.com", "\u0000priya@example.com", "priya@example.com\u0007",
            "priya@exa\u001fmple.com"})
    void an_email_holding_a_control_character_anywhere_is_refused_with_8015(String email) {
        assertRefusedWith8015(identifiedBy("email", email));
    }

    @Test
    void an_email_longer_than_254_characters_is_refused_with_8015() {
        var email = "a".repeat(243) + "@example.com";

        assertThat(email).hasSize(255);
        assertRefusedWith8015(identifiedBy("email", email));
    }

    @Test
    void an_email_is_kept_in_lower_case_since_emails_compare_case_insensitively() {
        assertThat(accepted(identifiedBy("email", "Tom.Riddle@Example.COM")).subject().value())
                .isEqualTo("tom.riddle@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "customerId", "primaryUserId"})
    void an_id_of_zero_is_refused_with_8015(String name) {
        assertRefusedWith8015(identifiedBy(name, "0").with(ExplodeParameters.TYPE, "USERGROUP2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "12a", "1.5", "+12", "9223372036854775808", "99999999999999999999"})
    void an_id_that_is_not_a_positive_long_is_refused_with_8015(String value) {
        assertRefusedWith8015(identifiedBy("id", value));
        assertRefusedWith8015(identifiedBy("customerId", value));
    }

    @Test
    void the_largest_long_is_still_an_id() {
        var criteria = accepted(identifiedBy("customerId", "9223372036854775807"));

        assertThat(criteria.subject().name()).isEqualTo(IdentifierName.ID);
        assertThat(criteria.subject().numericValue()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_primary_user_id_must_be_a_positive_integer_too() {
        assertRefusedWith8015(identifiedBy("primaryUserId", "12a").with(ExplodeParameters.TYPE, "USERGROUP2"));
        assertThat(accepted(identifiedBy("primaryUserId", "341198823").with(ExplodeParameters.TYPE, "USERGROUP2"))
                .subject().numericValue()).isEqualTo(341198823L);
    }

    @Test
    void an_external_id_of_one_character_is_accepted() {
        assertThat(accepted(identifiedBy("externalId", "x")).subject().value()).isEqualTo("x");
    }

    @Test
    void an_external_id_of_one_hundred_characters_is_accepted() {
        var externalId = "E".repeat(100);

        assertThat(accepted(identifiedBy("externalId", externalId)).subject().value()).isEqualTo(externalId);
    }

    @Test
    void an_external_id_of_one_hundred_and_one_characters_is_refused_with_8015() {
        assertRefusedWith8015(identifiedBy("externalId", "E".repeat(101)));
    }

    @Test
    void an_external_id_is_counted_in_characters_not_in_utf16_units() {
        var hundredEmoji = "😀".repeat(100);

        assertThat(hundredEmoji).hasSize(200);
        assertThat(accepted(identifiedBy("externalId", hundredEmoji)).subject().value()).isEqualTo(hundredEmoji);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ext\u0000001", "ext\t001", "ext\n001", "ext\u0085001", "ext\u007f001"})
    void an_external_id_with_a_control_character_is_refused_with_8015(String externalId) {
        assertRefusedWith8015(identifiedBy("externalId", externalId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXT001\u0000", "\u0007EXT001", "EXT001\u001b", "EXT001\u007f"})
    void a_control_character_at_either_end_of_an_external_id_is_refused_not_cut_off(String externalId) {
        assertRefusedWith8015(identifiedBy("externalId", externalId));
    }

    @Test
    void an_account_id_narrows_the_identifier_to_one_account() {
        var criteria = accepted(aValidRequest().with(ExplodeParameters.ACCOUNT_ID, "wx-official-2"));

        assertThat(criteria.subject().account()).contains(AccountId.of("wx-official-2"));
    }

    @Test
    void without_an_account_id_the_identifier_is_not_narrowed() {
        assertThat(accepted(aValidRequest()).subject().account()).isEqualTo(Optional.empty());
    }

    @Test
    void an_account_id_longer_than_one_hundred_characters_is_refused_with_8015() {
        assertRefusedWith8015(aValidRequest().with(ExplodeParameters.ACCOUNT_ID, "a".repeat(101)));
    }

    @Test
    void an_account_id_with_a_control_character_is_refused_with_8015() {
        assertRefusedWith8015(aValidRequest().with(ExplodeParameters.ACCOUNT_ID, "wx\u0007"));
    }
}

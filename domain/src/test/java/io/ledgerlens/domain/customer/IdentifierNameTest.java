package io.ledgerlens.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The names a caller may identify a customer or group by, and the shape of each value. */
class IdentifierNameTest {

    @ParameterizedTest
    @CsvSource({"mobile,MOBILE", "MoBiLe,MOBILE", "email,EMAIL", "EMAIL,EMAIL", "externalId,EXTERNAL_ID",
            "externalid,EXTERNAL_ID", "id,ID", "Id,ID", "customerId,ID", "customerid,ID", "' mobile ',MOBILE"})
    void names_are_read_case_insensitively_and_customer_id_is_an_alias_of_id(String text, IdentifierName expected) {
        assertThat(IdentifierName.parse(text, false)).contains(expected);
        assertThat(IdentifierName.parse(text, true)).contains(expected);
    }

    @Test
    void a_primary_user_id_names_someone_only_in_a_user_group() {
        assertThat(IdentifierName.parse("primaryUserId", true)).contains(IdentifierName.PRIMARY_USER_ID);
        assertThat(IdentifierName.parse("PRIMARYUSERID", true)).contains(IdentifierName.PRIMARY_USER_ID);
        assertThat(IdentifierName.parse("primaryUserId", false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "external_id", "customer_id", "userId", ""})
    void any_other_name_is_unknown(String text) {
        assertThat(IdentifierName.parse(text, true)).isEmpty();
    }

    @Test
    void a_mobile_has_eight_to_fifteen_digits() {
        assertThat(IdentifierName.MOBILE.accepts("9876543")).isFalse();
        assertThat(IdentifierName.MOBILE.accepts("98765432")).isTrue();
        assertThat(IdentifierName.MOBILE.accepts("919876543210123")).isTrue();
        assertThat(IdentifierName.MOBILE.accepts("9198765432101234")).isFalse();
    }

    @Test
    void an_email_has_a_local_part_and_a_dotted_domain() {
        assertThat(IdentifierName.EMAIL.accepts("tom@example.com")).isTrue();
        assertThat(IdentifierName.EMAIL.accepts("tom@localhost")).isFalse();
        assertThat(IdentifierName.EMAIL.accepts("tom.example.com")).isFalse();
    }

    @Test
    void an_email_is_at_most_254_characters() {
        var domain = "@example.com";

        assertThat(IdentifierName.EMAIL.accepts("a".repeat(254 - domain.length()) + domain)).isTrue();
        assertThat(IdentifierName.EMAIL.accepts("a".repeat(255 - domain.length()) + domain)).isFalse();
    }

    @Test
    void an_email_is_counted_as_it_is_kept_in_lower_case_where_a_dotted_capital_i_is_two_characters() {
        var domain = "@example.com";
        var dottedI = "\u0130";

        assertThat("x\u0130".toLowerCase(java.util.Locale.ROOT)).hasSize(3);
        assertThat(IdentifierName.EMAIL.accepts(dottedI.repeat(254 - domain.length()) + domain)).isFalse();
        assertThat(IdentifierName.EMAIL.accepts(dottedI.repeat((254 - domain.length()) / 2) + domain)).isTrue();
        assertThat(IdentifierName.EMAIL.accepts("a" + dottedI.repeat((254 - domain.length()) / 2) + domain)).isFalse();
    }

    @Test
    void an_email_or_external_id_with_half_a_surrogate_pair_is_refused_rather_than_stored_as_a_question_mark() {
        assertThat(IdentifierName.EMAIL.accepts("a\ud800b@example.com")).isFalse();
        assertThat(IdentifierName.EXTERNAL_ID.accepts("X-\udfff")).isFalse();
        assertThat(IdentifierName.EXTERNAL_ID.accepts("\ud83d\ude00".repeat(100))).as("100 emoji are 100 characters").isTrue();
        assertThat(IdentifierName.EXTERNAL_ID.accepts("\ud83d\ude00".repeat(101))).isFalse();
    }

    @Test
    void an_id_and_a_primary_user_id_are_positive_integers() {
        for (var name : new IdentifierName[] {IdentifierName.ID, IdentifierName.PRIMARY_USER_ID}) {
            assertThat(name.accepts("1")).as(name.name()).isTrue();
            assertThat(name.accepts("0")).as(name.name()).isFalse();
            assertThat(name.accepts("-1")).as(name.name()).isFalse();
            assertThat(name.accepts("9223372036854775808")).as(name.name()).isFalse();
            assertThat(name.accepts("12a")).as(name.name()).isFalse();
        }
    }

    @Test
    void an_external_id_is_one_to_one_hundred_printable_characters() {
        assertThat(IdentifierName.EXTERNAL_ID.accepts("")).isFalse();
        assertThat(IdentifierName.EXTERNAL_ID.accepts("   ")).isFalse();
        assertThat(IdentifierName.EXTERNAL_ID.accepts("x")).isTrue();
        assertThat(IdentifierName.EXTERNAL_ID.accepts("x".repeat(100))).isTrue();
        assertThat(IdentifierName.EXTERNAL_ID.accepts("x".repeat(101))).isFalse();
        assertThat(IdentifierName.EXTERNAL_ID.accepts("ext\u001b[0m")).isFalse();
    }

    @Test
    void only_mobile_email_and_external_id_are_registered_ids_are_assigned() {
        assertThat(IdentifierName.MOBILE.isRegistrable()).isTrue();
        assertThat(IdentifierName.EMAIL.isRegistrable()).isTrue();
        assertThat(IdentifierName.EXTERNAL_ID.isRegistrable()).isTrue();
        assertThat(IdentifierName.ID.isRegistrable()).isFalse();
        assertThat(IdentifierName.PRIMARY_USER_ID.isRegistrable()).isFalse();
    }
}

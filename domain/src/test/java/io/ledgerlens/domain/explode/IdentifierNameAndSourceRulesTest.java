package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.IDENTIFIER_NAME;
import static io.ledgerlens.domain.explode.ExplodeParameters.IDENTIFIER_VALUE;
import static io.ledgerlens.domain.explode.ExplodeParameters.IS_PRIMARY_USER;
import static io.ledgerlens.domain.explode.ExplodeParameters.SOURCE;
import static io.ledgerlens.domain.explode.ExplodeParameters.TYPE;
import static io.ledgerlens.domain.testdata.ContractMessages.IDENTIFIER_NAME_INCORRECT;
import static io.ledgerlens.domain.testdata.ContractMessages.IDENTIFIER_PARAMETERS_EMPTY;
import static io.ledgerlens.domain.testdata.ContractMessages.INVALID_SOURCE;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.accepted;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.assertRefused;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.problems;
import static io.ledgerlens.domain.testdata.ExplodeParametersBuilder.aValidRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Orders 2 and 3 of the contract's table: 11013, 8013, 8003 and 9003. */
class IdentifierNameAndSourceRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {IDENTIFIER_NAME, IDENTIFIER_VALUE, SOURCE})
    void an_absent_identifier_parameter_is_refused_with_11013(String parameter) {
        assertRefused(aValidRequest().without(parameter)).containsExactly(tuple(11013, IDENTIFIER_PARAMETERS_EMPTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {IDENTIFIER_NAME, IDENTIFIER_VALUE, SOURCE})
    void a_blank_identifier_parameter_is_refused_with_11013(String parameter) {
        assertRefused(aValidRequest().with(parameter, " \t")).containsExactly(tuple(11013, IDENTIFIER_PARAMETERS_EMPTY));
        assertRefused(aValidRequest().with(parameter, "")).containsExactly(tuple(11013, IDENTIFIER_PARAMETERS_EMPTY));
    }

    @Test
    void three_absent_identifier_parameters_are_one_11013() {
        assertRefused(aValidRequest().without(IDENTIFIER_NAME, IDENTIFIER_VALUE, SOURCE))
                .containsExactly(tuple(11013, IDENTIFIER_PARAMETERS_EMPTY));
    }

    @Test
    void a_present_name_and_source_are_still_checked_when_the_value_is_absent() {
        assertRefused(aValidRequest().without(IDENTIFIER_VALUE).with(IDENTIFIER_NAME, "phone").with(SOURCE, "POS"))
                .containsExactly(tuple(11013, IDENTIFIER_PARAMETERS_EMPTY), tuple(8013, IDENTIFIER_NAME_INCORRECT),
                        tuple(8003, INVALID_SOURCE));
    }

    @ParameterizedTest
    @CsvSource({"mobile,MOBILE", "MOBILE,MOBILE", "Email,EMAIL", "EXTERNALID,EXTERNAL_ID", "externalId,EXTERNAL_ID",
            "id,ID", "ID,ID", "customerId,ID", "CUSTOMERID,ID"})
    void an_identifier_name_is_read_case_insensitively(String wireName, IdentifierName expected) {
        var value = switch (expected) {
            case EMAIL -> "tom@example.com";
            case EXTERNAL_ID -> "EXT-0042";
            default -> "919876543210";
        };

        assertThat(accepted(aValidRequest().identifiedBy(wireName, value)).subject().name()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "userId", "external_id", "cardNumber"})
    void an_unsupported_identifier_name_is_refused_with_8013(String wireName) {
        assertRefused(aValidRequest().identifiedBy(wireName, "919876543210"))
                .containsExactly(tuple(8013, IDENTIFIER_NAME_INCORRECT));
    }

    @Test
    void a_primary_user_id_names_nobody_for_a_customer_and_is_refused_with_8013() {
        assertRefused(aValidRequest().identifiedBy("primaryUserId", "341198823"))
                .containsExactly(tuple(8013, IDENTIFIER_NAME_INCORRECT));
        assertRefused(aValidRequest().identifiedBy("primaryUserId", "341198823").with(TYPE, "CUSTOMER"))
                .containsExactly(tuple(8013, IDENTIFIER_NAME_INCORRECT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"USERGROUP2", "usergroup2", "UserGroup2"})
    void a_primary_user_id_is_accepted_for_a_user_group_whatever_the_case_of_the_type(String type) {
        var criteria = accepted(aValidRequest().identifiedBy("PRIMARYUSERID", "341198823").with(TYPE, type));

        assertThat(criteria.subject().name()).isEqualTo(IdentifierName.PRIMARY_USER_ID);
        assertThat(criteria.type()).isEqualTo(SubjectType.USERGROUP2);
    }

    @Test
    void a_value_is_not_checked_against_a_name_that_is_refused() {
        assertRefused(aValidRequest().identifiedBy("phone", "not a mobile"))
                .containsExactly(tuple(8013, IDENTIFIER_NAME_INCORRECT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSTORE", "MARTJACK", "WECHAT", "FACEBOOK", "WEB_ENGAGE", "TMALL", "TAOBAO", "JD",
            "ECOMMERCE", "WEBSITE", "LINE", "ALL"})
    void each_source_of_the_contract_is_accepted(String source) {
        assertThat(accepted(aValidRequest().with(SOURCE, source)).subject().source()).isEqualTo(Source.valueOf(source));
    }

    @ParameterizedTest
    @CsvSource({"instore,INSTORE", "Web_Engage,WEB_ENGAGE", "all,ALL", "' wechat ',WECHAT"})
    void a_source_is_read_case_insensitively(String wireSource, Source expected) {
        assertThat(accepted(aValidRequest().with(SOURCE, wireSource)).subject().source()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POS", "WEBENGAGE", "WEB-ENGAGE", "INSTORE,WECHAT"})
    void an_unknown_source_is_refused_with_8003(String source) {
        assertRefused(aValidRequest().with(SOURCE, source)).containsExactly(tuple(8003, INVALID_SOURCE));
    }

    @Test
    void the_type_defaults_to_customer() {
        var criteria = accepted(aValidRequest());

        assertThat(criteria.type()).isEqualTo(SubjectType.CUSTOMER);
    }

    @ParameterizedTest
    @CsvSource({"customer,CUSTOMER", "CUSTOMER,CUSTOMER", "usergroup2,USERGROUP2"})
    void the_type_is_read_case_insensitively(String wireType, SubjectType expected) {
        assertThat(accepted(aValidRequest().with(TYPE, wireType)).type()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USERGROUP", "GROUP", "customers", "USER GROUP 2"})
    void an_unknown_type_is_refused_with_9003_naming_the_type(String type) {
        assertRefused(aValidRequest().with(TYPE, type))
                .containsExactly(tuple(9003, "Error fetching points ledger data : invalid type " + type));
    }

    @Test
    void the_invalid_type_9003_is_not_the_ledger_unavailable_9003() {
        var problems = problems(aValidRequest().with(TYPE, "GROUP"));

        assertThat(problems).extracting(Problem::code).containsExactly(ErrorCode.INVALID_TYPE);
    }

    @Test
    void is_primary_user_reads_the_primary_members_ledger_only_for_a_user_group() {
        assertThat(accepted(aValidRequest().with(TYPE, "USERGROUP2").with(IS_PRIMARY_USER, "TRUE")).primaryUser())
                .isTrue();
        assertThat(accepted(aValidRequest().with(IS_PRIMARY_USER, "true")).primaryUser()).isFalse();
        assertThat(accepted(aValidRequest().with(TYPE, "USERGROUP2")).primaryUser()).isFalse();
    }
}

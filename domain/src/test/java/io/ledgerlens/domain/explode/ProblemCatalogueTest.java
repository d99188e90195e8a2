package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.testdata.ContractMessages.CONNECTED_ORGS_NOT_SET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes and messages of the contract's catalogue (§5) that the input rules do not produce themselves. */
class ProblemCatalogueTest {

    @ParameterizedTest
    @CsvSource({
            "CONNECTED_ORGS_NOT_SET,310144", "IDENTIFIER_PARAMETERS_EMPTY,11013", "IDENTIFIER_NAME_INCORRECT,8013",
            "INVALID_SOURCE,8003", "IDENTIFIER_VALUE_INCORRECT,8015", "INVALID_TYPE,9003",
            "BOTH_SELECTORS_PASSED,11021", "NO_SELECTOR,11023", "EVENT_ID_FORMAT,11017", "EVENT_NAME_NOT_FOUND,11014",
            "TOO_MANY_EVENTS_REQUESTED,11014", "INVALID_PAGE,11006", "INVALID_ALTERNATE_CURRENCY_NAMES,9005",
            "CUSTOMER_NOT_FOUND,8015", "USER_GROUP_NOT_FOUND,1632", "SOURCE_VALUE_CAPTURING_DISABLED,11019",
            "EVENT_IDS_NOT_FOUND,9021", "EVENT_REFERENCE_IDS_INVALID,9022", "EVENT_DETAIL_NOT_FOUND,11024",
            "LEDGER_UNAVAILABLE,9003", "ALTERNATE_CURRENCIES_NOT_FOUND,9018"})
    void each_situation_goes_out_under_the_contracts_wire_code(ErrorCode code, int wireCode) {
        assertThat(code.wireCode()).isEqualTo(wireCode);
    }

    @Test
    void the_catalogue_has_one_constant_per_situation_of_the_contract() {
        assertThat(ErrorCode.values()).hasSize(21);
    }

    @Test
    void the_scope_problem_is_310144_with_the_contracts_message() {
        var problem = Problem.connectedOrgsNotSet();

        assertThat(tuple(problem.code().wireCode(), problem.message())).isEqualTo(tuple(310144, CONNECTED_ORGS_NOT_SET));
    }

    @Test
    void a_customer_not_found_is_8015_with_its_own_message() {
        assertThat(Problem.customerNotFound())
                .isEqualTo(new Problem(ErrorCode.CUSTOMER_NOT_FOUND, "Customer not found for the given identifiers"));
    }

    @Test
    void a_group_not_found_names_the_identifier_value() {
        assertThat(Problem.userGroupNotFound("G-77").message())
                .isEqualTo("group id/externalId/primary userId G-77 passed is not valid");
    }

    @Test
    void disabled_source_value_capturing_is_11019() {
        assertThat(Problem.sourceValueCapturingDisabled().message())
                .isEqualTo("Source value capturing status is disabled. Please enable it from org settings page");
    }

    @Test
    void missing_event_ids_are_listed_in_request_order_in_brackets() {
        assertThat(Problem.eventIdsNotFound(List.of(24732969L, 17L)).message())
                .isEqualTo("Invalid identifiers found [24732969, 17]");
        assertThat(Problem.eventIdsNotFound(List.of(5L)).message()).isEqualTo("Invalid identifiers found [5]");
    }

    @Test
    void invalid_reference_ids_are_9022() {
        assertThat(Problem.eventReferenceIdsInvalid().message()).isEqualTo("Event reference IDs are invalid");
    }

    @Test
    void an_event_without_explode_detail_names_its_log_id() {
        assertThat(Problem.eventDetailNotFound(24732970L).message())
                .isEqualTo("Event detail not found for event log id 24732970");
    }

    @Test
    void an_unavailable_ledger_is_the_other_9003() {
        assertThat(Problem.ledgerUnavailable()).isEqualTo(new Problem(ErrorCode.LEDGER_UNAVAILABLE,
                "Error fetching points ledger data : getExplodeLedgerInfo failed and fallback failed"));
    }

    @Test
    void the_unknown_currencies_warning_lists_the_names() {
        assertThat(Problem.alternateCurrenciesNotFound(List.of("gems", "coins")).message())
                .isEqualTo("alternate currencies not found with provided category filters, names: [gems, coins]");
    }
}

package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.ACCOUNT_ID;
import static io.ledgerlens.domain.explode.ExplodeParameters.ALTERNATE_CURRENCY_NAMES;
import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_IDS;
import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_NAME;
import static io.ledgerlens.domain.explode.ExplodeParameters.GET_BILL_DETAILS;
import static io.ledgerlens.domain.explode.ExplodeParameters.GET_PAYMENT_MODE;
import static io.ledgerlens.domain.explode.ExplodeParameters.IDENTIFIER_VALUE;
import static io.ledgerlens.domain.explode.ExplodeParameters.INCLUDE_ALTERNATE_CURRENCIES;
import static io.ledgerlens.domain.explode.ExplodeParameters.IS_PRIMARY_USER;
import static io.ledgerlens.domain.explode.ExplodeParameters.LIMIT;
import static io.ledgerlens.domain.explode.ExplodeParameters.OFFSET;
import static io.ledgerlens.domain.explode.ExplodeParameters.SOURCE;
import static io.ledgerlens.domain.explode.ExplodeParameters.TYPE;
import static io.ledgerlens.domain.testdata.ContractMessages.BOTH_SELECTORS_PASSED;
import static io.ledgerlens.domain.testdata.ContractMessages.IDENTIFIER_NAME_INCORRECT;
import static io.ledgerlens.domain.testdata.ContractMessages.IDENTIFIER_PARAMETERS_EMPTY;
import static io.ledgerlens.domain.testdata.ContractMessages.IDENTIFIER_VALUE_INCORRECT;
import static io.ledgerlens.domain.testdata.ContractMessages.INVALID_ALTERNATE_CURRENCY_NAMES;
import static io.ledgerlens.domain.testdata.ContractMessages.INVALID_OFFSET;
import static io.ledgerlens.domain.testdata.ContractMessages.INVALID_SOURCE;
import static io.ledgerlens.domain.testdata.ContractMessages.LIMIT_TOO_LARGE;
import static io.ledgerlens.domain.testdata.ContractMessages.MAX_10_EVENTS;
import static io.ledgerlens.domain.testdata.ContractMessages.NO_SELECTOR;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.accepted;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.assertRefused;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.codes;
import static io.ledgerlens.domain.testdata.ExplodeParametersBuilder.aValidRequest;
import static io.ledgerlens.domain.testdata.ExplodeParametersBuilder.anEmptyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventLogId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every independent problem is reported at once, in the order of the
 * contract's table (§5), so that errors[0] is what the original API reports.
 */
class ExplodeRulesAccumulationTest {

    @Test
    void a_valid_request_becomes_criteria_carrying_everything_it_asked_for() {
        var criteria = accepted(aValidRequest()
                .with(SOURCE, "wechat")
                .with(ACCOUNT_ID, "wx-2")
                .with(TYPE, "usergroup2")
                .with(IS_PRIMARY_USER, "true")
                .with(GET_BILL_DETAILS, "true")
                .with(GET_PAYMENT_MODE, "true")
                .with(ALTERNATE_CURRENCY_NAMES, "stars")
                .with(OFFSET, "2")
                .with(LIMIT, "50"));

        assertThat(criteria.subject()).isEqualTo(new SubjectIdentifier(IdentifierName.MOBILE, "919876543210",
                Source.WECHAT, Optional.of(AccountId.of("wx-2"))));
        assertThat(criteria.type()).isEqualTo(SubjectType.USERGROUP2);
        assertThat(criteria.primaryUser()).isTrue();
        assertThat(criteria.selector()).isEqualTo(new EventSelector.ByEventIds(List.of(EventLogId.of(24732968))));
        assertThat(criteria.flags()).isEqualTo(new ExplodeFlags(true, false, false, false, false, true));
        assertThat(criteria.currencies()).isEqualTo(CurrencySelection.named(List.of("stars")));
        assertThat(criteria.page()).isEqualTo(new Page(2, 50));
    }

    @Test
    void an_empty_request_lacks_its_identifier_and_its_selector() {
        assertRefused(anEmptyRequest()).containsExactly(
                tuple(11013, IDENTIFIER_PARAMETERS_EMPTY),
                tuple(11023, NO_SELECTOR));
    }

    @Test
    void problems_of_every_group_are_reported_in_the_order_of_the_contracts_table() {
        var request = aValidRequest()
                .without(IDENTIFIER_VALUE)
                .with(SOURCE, "POS")
                .with(TYPE, "GROUP")
                .without(EVENT_IDS)
                .with(LIMIT, "101")
                .with(ALTERNATE_CURRENCY_NAMES, "stars,,miles");

        assertThat(codes(request)).containsExactly(11013, 8003, 9003, 11023, 11006, 9005);
    }

    @Test
    void the_subject_problems_come_in_table_order_name_source_value_then_type() {
        var request = aValidRequest()
                .identifiedBy("phone", "12")
                .with(SOURCE, "POS")
                .with(TYPE, "GROUP");

        assertRefused(request).containsExactly(
                tuple(8013, IDENTIFIER_NAME_INCORRECT),
                tuple(8003, INVALID_SOURCE),
                tuple(9003, "Error fetching points ledger data : invalid type GROUP"));
    }

    @Test
    void a_malformed_value_is_reported_after_a_bad_source_and_before_a_bad_type() {
        var request = aValidRequest()
                .identifiedBy("mobile", "12")
                .with(SOURCE, "POS")
                .with(TYPE, "GROUP");

        assertRefused(request).containsExactly(
                tuple(8003, INVALID_SOURCE),
                tuple(8015, IDENTIFIER_VALUE_INCORRECT),
                tuple(9003, "Error fetching points ledger data : invalid type GROUP"));
    }

    @Test
    void a_request_wrong_in_every_independent_way_reports_every_problem_in_order() {
        var request = aValidRequest()
                .identifiedBy("mobile", "12")
                .with(SOURCE, "POS")
                .with(TYPE, "GROUP")
                .with(EVENT_IDS, "17,x")
                .with(EVENT_NAME, "DelayedAccrual")
                .with(OFFSET, "-1")
                .with(LIMIT, "500")
                .with(ALTERNATE_CURRENCY_NAMES, ",");

        assertRefused(request).containsExactly(
                tuple(8003, INVALID_SOURCE),
                tuple(8015, IDENTIFIER_VALUE_INCORRECT),
                tuple(9003, "Error fetching points ledger data : invalid type GROUP"),
                tuple(11021, BOTH_SELECTORS_PASSED),
                tuple(11017, "Event id format exception:For input string: \"x\""),
                tuple(11014, "Event name not found :DelayedAccrual"),
                tuple(11006, INVALID_OFFSET),
                tuple(11006, LIMIT_TOO_LARGE),
                tuple(9005, INVALID_ALTERNATE_CURRENCY_NAMES));
    }

    @Test
    void too_many_reference_ids_come_after_the_selector_problems_and_before_paging() {
        var request = aValidRequest()
                .without(EVENT_IDS)
                .with("eventReferenceIds", "r1,r2,r3,r4,r5,r6,r7,r8,r9,r10,r11")
                .with(OFFSET, "x");

        assertRefused(request).containsExactly(
                tuple(11023, NO_SELECTOR),
                tuple(11014, MAX_10_EVENTS),
                tuple(11006, INVALID_OFFSET));
    }

    @Test
    void a_primary_user_id_with_a_bad_type_is_judged_as_for_a_customer() {
        var request = aValidRequest().identifiedBy("primaryUserId", "341198823").with(TYPE, "GROUP2");

        assertThat(codes(request)).containsExactly(8013, 9003);
    }

    @Test
    void asking_for_every_currency_silences_a_bad_names_list_but_not_the_other_problems() {
        var request = aValidRequest()
                .with(SOURCE, "POS")
                .with(INCLUDE_ALTERNATE_CURRENCIES, "true")
                .with(ALTERNATE_CURRENCY_NAMES, ",");

        assertThat(codes(request)).containsExactly(8003);
    }
}

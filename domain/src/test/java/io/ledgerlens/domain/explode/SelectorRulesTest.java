package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_IDS;
import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_NAME;
import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_REFERENCE_IDS;
import static io.ledgerlens.domain.testdata.ContractMessages.BOTH_SELECTORS_PASSED;
import static io.ledgerlens.domain.testdata.ContractMessages.MAX_100_EVENTS;
import static io.ledgerlens.domain.testdata.ContractMessages.MAX_10_EVENTS;
import static io.ledgerlens.domain.testdata.ContractMessages.NO_SELECTOR;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.accepted;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.assertRefused;
import static io.ledgerlens.domain.testdata.ExplodeOutcome.problems;
import static io.ledgerlens.domain.testdata.ExplodeParametersBuilder.aValidRequest;
import static io.ledgerlens.domain.testdata.ExplodeParametersBuilder.commaSeparatedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Orders 4 and 5 of the contract's table: which events, 11021, 11023, 11017 and 11014. */
class SelectorRulesTest {

    @Test
    void event_ids_select_events_by_log_id_in_request_order() {
        var criteria = accepted(aValidRequest().byEventIds("24732968, 17,24732969"));

        assertThat(criteria.selector()).isEqualTo(new EventSelector.ByEventIds(
                List.of(EventLogId.of(24732968), EventLogId.of(17), EventLogId.of(24732969))));
    }

    @Test
    void an_event_id_asked_for_twice_is_selected_once() {
        var criteria = accepted(aValidRequest().byEventIds("17,18,17"));

        assertThat(((EventSelector.ByEventIds) criteria.selector()).ids())
                .containsExactly(EventLogId.of(17), EventLogId.of(18));
    }

    @Test
    void an_event_name_with_reference_ids_selects_events_by_reference() {
        var criteria = accepted(aValidRequest().byReferences("TransactionAdd", "2151534230,num-7"));

        assertThat(criteria.selector()).isEqualTo(new EventSelector.ByReferences(
                EventName.TRANSACTION_ADD, List.of("2151534230", "num-7")));
    }

    @Test
    void event_ids_with_an_event_name_are_refused_with_11021() {
        assertRefused(aValidRequest().with(EVENT_NAME, "TransactionAdd"))
                .containsExactly(tuple(11021, BOTH_SELECTORS_PASSED));
    }

    @Test
    void event_ids_with_reference_ids_are_refused_with_11021() {
        assertRefused(aValidRequest().with(EVENT_REFERENCE_IDS, "2151534230"))
                .containsExactly(tuple(11021, BOTH_SELECTORS_PASSED));
    }

    @Test
    void event_ids_with_both_halves_of_the_other_selector_are_one_11021() {
        assertRefused(aValidRequest().with(EVENT_NAME, "TransactionAdd").with(EVENT_REFERENCE_IDS, "2151534230"))
                .containsExactly(tuple(11021, BOTH_SELECTORS_PASSED));
    }

    @Test
    void no_selector_at_all_is_refused_with_11023() {
        assertRefused(aValidRequest().without(EVENT_IDS)).containsExactly(tuple(11023, NO_SELECTOR));
    }

    @Test
    void blank_event_ids_are_no_selector_and_refused_with_11023() {
        assertRefused(aValidRequest().with(EVENT_IDS, "  ")).containsExactly(tuple(11023, NO_SELECTOR));
    }

    @Test
    void an_event_name_without_reference_ids_is_refused_with_11023() {
        assertRefused(aValidRequest().without(EVENT_IDS).with(EVENT_NAME, "TransactionAdd"))
                .containsExactly(tuple(11023, NO_SELECTOR));
    }

    @Test
    void reference_ids_without_an_event_name_are_refused_with_11023() {
        assertRefused(aValidRequest().without(EVENT_IDS).with(EVENT_REFERENCE_IDS, "2151534230"))
                .containsExactly(tuple(11023, NO_SELECTOR));
    }

    @Test
    void reference_ids_that_are_only_commas_are_no_selector_and_refused_with_11023() {
        assertRefused(aValidRequest().byReferences("TransactionAdd", " , ,"))
                .containsExactly(tuple(11023, NO_SELECTOR));
    }

    @Test
    void a_non_numeric_event_id_is_refused_with_11017_naming_it() {
        assertRefused(aValidRequest().byEventIds("x")).containsExactly(
                tuple(11017, "Event id format exception:For input string: \"x\""));
    }

    @Test
    void only_the_first_bad_event_id_is_named() {
        assertRefused(aValidRequest().byEventIds("17,abc,0,-4")).containsExactly(
                tuple(11017, "Event id format exception:For input string: \"abc\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.0", "9223372036854775808"})
    void an_event_id_that_is_not_a_positive_long_is_refused_with_11017(String id) {
        assertRefused(aValidRequest().byEventIds("17," + id)).containsExactly(
                tuple(11017, "Event id format exception:For input string: \"" + id + "\""));
    }

    @Test
    void an_empty_element_among_event_ids_is_refused_with_11017() {
        assertRefused(aValidRequest().byEventIds("17,,18")).containsExactly(
                tuple(11017, "Event id format exception:For input string: \"\""));
    }

    @Test
    void a_control_character_at_the_end_of_an_event_id_is_refused_not_cut_off() {
        assertRefused(aValidRequest().byEventIds("17\u0000")).containsExactly(
                tuple(11017, "Event id format exception:For input string: \"17\u0000\""));
    }

    @Test
    void reference_ids_are_read_without_surrounding_spaces_and_once_each() {
        var selector = (EventSelector.ByReferences) accepted(
                aValidRequest().byReferences("GenericEvent", " 7f1c-a2 , ,7f1c-a2,-1")).selector();

        assertThat(selector.referenceIds()).containsExactly("7f1c-a2", "-1");
    }

    @Test
    void a_control_character_at_the_end_of_a_reference_id_is_kept_so_that_it_matches_nothing() {
        var selector = (EventSelector.ByReferences) accepted(
                aValidRequest().byReferences("NewBill", "num124536\u0000")).selector();

        assertThat(selector.referenceIds()).containsExactly("num124536\u0000");
    }

    @Test
    void one_hundred_event_ids_are_accepted() {
        var criteria = accepted(aValidRequest().byEventIds(commaSeparatedIds(1000, 100)));

        assertThat(((EventSelector.ByEventIds) criteria.selector()).ids()).hasSize(100);
    }

    @Test
    void one_hundred_and_one_event_ids_are_refused_with_11014_max_100() {
        assertRefused(aValidRequest().byEventIds(commaSeparatedIds(1000, 101))).containsExactly(
                tuple(11014, MAX_100_EVENTS));
    }

    @Test
    void ten_reference_ids_are_accepted() {
        var criteria = accepted(aValidRequest().byReferences("NewBill", "r1,r2,r3,r4,r5,r6,r7,r8,r9,r10"));

        assertThat(((EventSelector.ByReferences) criteria.selector()).referenceIds()).hasSize(10);
    }

    @Test
    void eleven_reference_ids_are_refused_with_11014_max_10() {
        assertRefused(aValidRequest().byReferences("NewBill", "r1,r2,r3,r4,r5,r6,r7,r8,r9,r10,r11"))
                .containsExactly(tuple(11014, MAX_10_EVENTS));
    }

    @Test
    void the_two_kinds_of_11014_are_told_apart_by_their_error_code() {
        assertThat(problems(aValidRequest().byReferences("NewBill", "r1,r2,r3,r4,r5,r6,r7,r8,r9,r10,r11")))
                .extracting(Problem::code).containsExactly(ErrorCode.TOO_MANY_EVENTS_REQUESTED);
        assertThat(problems(aValidRequest().byReferences("Newbill", "r1")))
                .extracting(Problem::code).containsExactly(ErrorCode.EVENT_NAME_NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TransactionAdd", "NewBill", "GroupTransactionAdd", "ReturnBill", "CustomerRegistration",
            "CustomerUpdate", "GenericEvent", "AllocateGoodwillPoints", "PointsRedemption", "PointsTransfer",
            "TargetCompleted", "VoucherRedemption", "ManualPointsAdjustment", "CustomerPromotionImport",
            "LineItemsPointsPromotionImport", "BillPointsPromotionImport"})
    void each_event_name_of_the_contract_is_accepted(String eventName) {
        var selector = (EventSelector.ByReferences) accepted(aValidRequest().byReferences(eventName, "-1")).selector();

        assertThat(selector.eventName().wireName()).isEqualTo(eventName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DelayedAccrual", "PointsExpiry", "transactionadd", "TRANSACTIONADD", "Transaction Add"})
    void an_event_name_outside_the_contract_or_in_another_case_is_refused_with_11014(String eventName) {
        assertRefused(aValidRequest().byReferences(eventName, "2151534230"))
                .containsExactly(tuple(11014, "Event name not found :" + eventName));
    }

    @Test
    void both_selectors_are_refused_and_a_bad_event_id_is_still_named() {
        assertRefused(aValidRequest().with(EVENT_IDS, "x").with(EVENT_NAME, "TransactionAdd"))
                .containsExactly(tuple(11021, BOTH_SELECTORS_PASSED),
                        tuple(11017, "Event id format exception:For input string: \"x\""));
    }

    @Test
    void an_incomplete_selector_still_has_its_event_name_checked() {
        assertRefused(aValidRequest().without(EVENT_IDS).with(EVENT_NAME, "DelayedAccrual"))
                .containsExactly(tuple(11023, NO_SELECTOR), tuple(11014, "Event name not found :DelayedAccrual"));
    }

    @Test
    void a_bad_event_name_and_too_many_reference_ids_are_both_reported() {
        assertRefused(aValidRequest().byReferences("transactionadd", "r1,r2,r3,r4,r5,r6,r7,r8,r9,r10,r11"))
                .containsExactly(tuple(11014, "Event name not found :transactionadd"), tuple(11014, MAX_10_EVENTS));
    }
}

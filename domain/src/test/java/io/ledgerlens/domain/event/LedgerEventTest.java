package io.ledgerlens.domain.event;

import static io.ledgerlens.domain.testdata.Allocations.promised;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;
import static io.ledgerlens.domain.testdata.LedgerEventBuilder.aGoodwillAllocation;
import static io.ledgerlens.domain.testdata.LedgerEventBuilder.aTransactionAdd;
import static io.ledgerlens.domain.testdata.LedgerEventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.org.OrgId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A ledger event's invariants: where its points sit depends on whether it is a bill event. */
class LedgerEventTest {

    @ParameterizedTest
    @EnumSource(names = {"TRANSACTION_ADD", "NEW_BILL", "GROUP_TRANSACTION_ADD", "RETURN_BILL"})
    void a_bill_event_without_a_bill_is_refused(EventName name) {
        assertThatIllegalArgumentException().isThrownBy(() -> anEvent(name).withoutBill().build())
                .withMessage(name.wireName() + " is a bill event and needs a bill");
    }

    @Test
    void a_return_names_the_bill_it_gives_back() {
        assertThatIllegalArgumentException().isThrownBy(() -> anEvent(EventName.RETURN_BILL).bill(aBill()).build())
                .withMessage("a ReturnBill names the bill it returns (its return details)");
        assertThat(anEvent(EventName.RETURN_BILL).build().returnedBillNumber()).contains(io.ledgerlens.domain.testdata.BillBuilder.BILL_NUMBER);
        assertThat(aTransactionAdd().build().returnedBillNumber()).isEmpty();
    }

    @Test
    void purchases_are_the_bill_events_that_are_not_returns() {
        assertThat(Arrays.stream(EventName.values()).filter(name -> anEvent(name).build().isPurchase()))
                .containsExactlyInAnyOrder(EventName.TRANSACTION_ADD, EventName.NEW_BILL, EventName.GROUP_TRANSACTION_ADD);
    }

    @ParameterizedTest
    @EnumSource(names = {"GENERIC_EVENT", "ALLOCATE_GOODWILL_POINTS", "POINTS_REDEMPTION", "POINTS_EXPIRY"})
    void an_event_that_is_not_a_bill_event_cannot_carry_a_bill(EventName name) {
        assertThatIllegalArgumentException().isThrownBy(() -> anEvent(name).bill(aBill()).build())
                .withMessage(name.wireName() + " carries no bill");
    }

    @Test
    void a_bill_event_cannot_book_points_at_event_level() {
        assertThatIllegalArgumentException().isThrownBy(() -> aTransactionAdd().allocations(regular("10.0")).build())
                .withMessage("a bill event books its points on the bill and its line items");
    }

    @Test
    void an_event_needs_a_unique_id_that_is_not_blank() {
        assertThatIllegalArgumentException().isThrownBy(() -> aGoodwillAllocation().uniqueId("  ").build())
                .withMessage("an event needs a unique id");
        assertThatNullPointerException().isThrownBy(() -> aGoodwillAllocation().uniqueId(null).build())
                .withMessage("uniqueId");
    }

    @Test
    void an_event_needs_a_time_and_a_reference() {
        assertThatNullPointerException().isThrownBy(() -> aGoodwillAllocation().eventTime(null).build())
                .withMessage("eventTime");
        assertThatNullPointerException().isThrownBy(() -> aGoodwillAllocation().referenceId(null).build())
                .withMessage("referenceId");
    }

    @Test
    void an_event_without_a_reference_is_known_by_minus_one_and_without_a_till_by_till_minus_one() {
        var event = LedgerEvent.builder(EventLogId.of(7), OrgId.of(50672),
                        EventName.CUSTOMER_PROMOTION_IMPORT, EventSubject.customer(CustomerId.of(1)))
                .uniqueId("imp-1")
                .eventTime(Instant.parse("2024-01-01T00:00:00Z"))
                .build();

        assertThat(event.referenceId()).isEqualTo("-1");
        assertThat(event.tillId()).isEqualTo(LedgerEvent.NO_TILL).isEqualTo(-1L);
        assertThat(event.bill()).isEmpty();
    }

    @Test
    void a_bills_allocations_are_its_own_first_then_each_line_items_in_order() {
        var billLevel = regular("29.5");
        var firstLine = regular("10.0");
        var secondLine = promised("5.0");
        var event = aTransactionAdd().bill(aBill()
                .allocations(billLevel)
                .lineItems(aLineItem(1, firstLine), aLineItem(2), aLineItem(3, secondLine))).build();

        assertThat(event.allocations()).isEmpty();
        assertThat(event.allAllocations()).containsExactly(billLevel, firstLine, secondLine);
    }

    @Test
    void an_event_that_is_not_a_bill_event_holds_its_points_itself() {
        var goodwill = regular("50.0");
        var event = anEvent(EventName.ALLOCATE_GOODWILL_POINTS).allocations(goodwill).build();

        assertThat(event.allocations()).containsExactly(goodwill);
        assertThat(event.allAllocations()).containsExactly(goodwill);
    }

    @Test
    void the_lists_of_an_event_cannot_be_changed_from_outside() {
        var event = aTransactionAdd().customField("txn_source", "tcp").paidBy("CASH", "295.0").build();

        assertThatThrownByMutation(() -> event.customFields().add(new NamedValue("x", "y")));
        assertThatThrownByMutation(() -> event.paymentModes().clear());
        assertThat(event.customFields()).containsExactly(new NamedValue("txn_source", "tcp"));
    }

    private static void assertThatThrownByMutation(Runnable mutation) {
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(mutation::run);
    }

    @Test
    void a_bill_comes_from_one_source_not_from_all() {
        assertThatIllegalArgumentException().isThrownBy(() -> aBill().source(Source.ALL).build())
                .withMessage("a bill comes from one source, not ALL");
    }

    @Test
    void a_line_item_id_is_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> aLineItem(0))
                .withMessage("line item id must be positive, was 0");
    }

    @Test
    void a_field_and_a_payment_mode_need_a_name() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NamedValue(" ", "tcp"))
                .withMessage("a field needs a name");
        assertThatIllegalArgumentException().isThrownBy(() -> new PaymentMode("", BigDecimal.ONE))
                .withMessage("a payment mode needs a name");
    }

    @Test
    void only_the_sixteen_names_of_the_contract_can_be_exploded() {
        assertThat(EventName.explodable("TransactionAdd")).contains(EventName.TRANSACTION_ADD);
        assertThat(EventName.explodable("DelayedAccrual")).isEmpty();
        assertThat(EventName.any("DelayedAccrual")).contains(EventName.DELAYED_ACCRUAL);
        assertThat(Arrays.stream(EventName.values()).filter(EventName::hasExplodeDetail)).hasSize(16);
    }

    @Test
    void event_log_ids_are_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventLogId.of(0))
                .withMessage("event log id must be positive, was 0");
    }
}

package io.ledgerlens.domain.event;

import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.testdata.BillBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A return gives back no more than its bill bought: in money, and item by item in quantity. */
class ReturnableBillTest {

    /** The example bill: 295.0 paid for three of sku_164716451_2. */
    private static final Bill PURCHASE = aBill().build();
    private static final String ITEM = "sku_164716451_2";

    @Test
    void a_return_within_what_was_bought_fits() {
        var bill = ReturnableBill.nothingBought(BillBuilder.BILL_NUMBER).withPurchase(PURCHASE);

        assertThat(bill.excessOf(aReturn("100.0", line(ITEM, "1")))).isEmpty();
    }

    @Test
    void the_whole_bill_can_be_returned_exactly() {
        var bill = ReturnableBill.nothingBought(BillBuilder.BILL_NUMBER).withPurchase(PURCHASE);

        assertThat(bill.excessOf(aReturn("295.0", line(ITEM, "3")))).isEmpty();
    }

    @Test
    void a_bill_nobody_bought_cannot_be_returned() {
        assertThat(ReturnableBill.nothingBought("B-404").excessOf(aReturn("1.0")))
                .containsExactly(new ReturnExcess.NothingBought("B-404"));
    }

    @Test
    void a_return_of_more_money_than_the_bill_took_is_an_excess() {
        var bill = ReturnableBill.nothingBought(BillBuilder.BILL_NUMBER).withPurchase(PURCHASE);

        assertThat(bill.excessOf(aReturn("295.01")))
                .containsExactly(new ReturnExcess.AmountBeyondPurchase(BillBuilder.BILL_NUMBER, new BigDecimal("295.0"), new BigDecimal("295.01")));
    }

    @Test
    void earlier_returns_count_against_what_is_left() {
        var bill = ReturnableBill.nothingBought(BillBuilder.BILL_NUMBER).withPurchase(PURCHASE)
                .withReturn(aReturn("200.0", line(ITEM, "2")));

        assertThat(bill.excessOf(aReturn("95.0", line(ITEM, "1")))).isEmpty();
        assertThat(bill.excessOf(aReturn("100.0", line(ITEM, "2")))).containsExactly(
                new ReturnExcess.AmountBeyondPurchase(BillBuilder.BILL_NUMBER, new BigDecimal("95.0"), new BigDecimal("100.0")),
                new ReturnExcess.QuantityBeyondPurchase(BillBuilder.BILL_NUMBER, 0, ITEM, new BigDecimal("1.0"), new BigDecimal("2")));
    }

    @Test
    void lines_of_one_item_are_counted_together_and_named_at_the_first() {
        var bill = ReturnableBill.nothingBought(BillBuilder.BILL_NUMBER).withPurchase(PURCHASE);

        assertThat(bill.excessOf(aReturn("10.0", line("other", "1"), line(ITEM, "2"), line(ITEM, "2")))).containsExactly(
                new ReturnExcess.QuantityBeyondPurchase(BillBuilder.BILL_NUMBER, 0, "other", BigDecimal.ZERO, new BigDecimal("1")),
                new ReturnExcess.QuantityBeyondPurchase(BillBuilder.BILL_NUMBER, 1, ITEM, new BigDecimal("3.0"), new BigDecimal("4")));
    }

    @Test
    void two_purchases_under_one_bill_number_are_returned_together() {
        var bill = ReturnableBill.nothingBought(BillBuilder.BILL_NUMBER).withPurchase(PURCHASE).withPurchase(PURCHASE);

        assertThat(bill.excessOf(aReturn("590.0", line(ITEM, "6")))).isEmpty();
    }

    @Test
    void lines_a_return_does_not_give_back_take_nothing() {
        var bill = ReturnableBill.nothingBought(BillBuilder.BILL_NUMBER).withPurchase(PURCHASE);
        var kept = LineItem.sold(9, "never-bought", Amounts.of("1", "0", "1"), BigDecimal.ONE, BigDecimal.TEN, List.of());

        assertThat(bill.excessOf(aReturn("1.0", kept))).isEmpty();
    }

    private static Bill aReturn(String amount, LineItem... lines) {
        return aBill().number("RET-1").lineItems(lines)
                .returned(new BillReturn(PURCHASE.billDate(), new BigDecimal(amount), ReturnType.LINE_ITEM, BillBuilder.BILL_NUMBER))
                .build();
    }

    private static long nextLine = 1;

    private static LineItem line(String itemCode, String qty) {
        return new LineItem(nextLine++, itemCode, Amounts.of("1", "0", "1"), BigDecimal.ONE, new BigDecimal(qty), List.of(),
                Optional.of(new LineItemReturn(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal(qty), BigDecimal.ONE, "SN")));
    }
}

package io.ledgerlens.adapter.web.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.event.ReturnExcess;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnExcessProblemsTest {

    @Test
    void too_much_of_an_item_is_refused_at_the_return_quantity_of_its_line_item() {
        var problems = ReturnExcessProblems.of(List.of(new ReturnExcess.QuantityBeyondPurchase("RB-2", 2, "sku-1",
                BigDecimal.ONE, new BigDecimal("2.000"))));

        assertThat(problems).containsExactly(new FieldProblem("bill.lineItems[2].return.returnQty", FieldProblem.EXCEEDS_PURCHASE,
                "bill RB-2 has 1 of item sku-1 left to return after earlier returns; this return's lines of it give back 2"));
    }

    @Test
    void too_much_money_is_refused_at_the_return_amount_and_a_bill_never_bought_at_its_number() {
        var problems = ReturnExcessProblems.of(List.of(
                new ReturnExcess.AmountBeyondPurchase("RB-2", new BigDecimal("95.0"), new BigDecimal("100")),
                new ReturnExcess.NothingBought("RB-3")));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bill.return.returnAmount", FieldProblem.EXCEEDS_PURCHASE),
                org.assertj.core.groups.Tuple.tuple("bill.return.returnBillId", FieldProblem.NOT_FOUND));
    }
}

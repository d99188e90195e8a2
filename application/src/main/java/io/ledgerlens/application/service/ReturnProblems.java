package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.domain.event.ReturnExcess;
import java.math.BigDecimal;

/** Says what a refused return asked beyond its purchase, at the field of the event that asked it. */
final class ReturnProblems {

    private ReturnProblems() {
    }

    static FieldProblem of(ReturnExcess excess) {
        if (excess instanceof ReturnExcess.AmountBeyondPurchase amount) {
            return new FieldProblem("bill.return.returnAmount", FieldProblem.EXCEEDS_PURCHASE,
                    "bill " + amount.billNumber() + " has " + plain(amount.left())
                    + " left to return after earlier returns; this return gives back " + plain(amount.asked()));
        }
        if (excess instanceof ReturnExcess.QuantityBeyondPurchase qty) {
            return new FieldProblem("bill.lineItems[" + qty.lineIndex() + "].return.returnQty", FieldProblem.EXCEEDS_PURCHASE,
                    "bill " + qty.billNumber() + " has " + plain(qty.left()) + " of item " + qty.itemCode()
                    + " left to return after earlier returns; this return's lines of it give back " + plain(qty.asked()));
        }
        var none = (ReturnExcess.NothingBought) excess;
        return new FieldProblem("bill.return.returnBillId", FieldProblem.NOT_FOUND,
                "nothing was bought under bill " + none.billNumber() + " by this customer or group");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

package io.ledgerlens.adapter.web.recording;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.event.ReturnExcess;
import java.math.BigDecimal;
import java.util.List;

/**
 * Says what a refused return asked beyond its purchase, at the field of the event body that asked it: the ledger
 * names a line item by its index, the wire by its path in the body.
 */
public final class ReturnExcessProblems {

    private ReturnExcessProblems() {
    }

    /**
     * A problem for each way a return went beyond its purchase.
     *
     * @param excess what the ledger found the return asked beyond its bill
     * @return the problems, at {@code bill.return.returnBillId}, {@code bill.return.returnAmount} or a line item's
     *         {@code return.returnQty}
     */
    public static List<FieldProblem> of(List<ReturnExcess> excess) {
        return excess.stream().map(ReturnExcessProblems::of).toList();
    }

    static FieldProblem of(ReturnExcess excess) {
        return excess.fold(
                nothing -> new FieldProblem("bill.return.returnBillId", FieldProblem.NOT_FOUND,
                        "nothing was bought under bill " + nothing.billNumber() + " by this customer or group"),
                amount -> new FieldProblem("bill.return.returnAmount", FieldProblem.EXCEEDS_PURCHASE,
                        "bill " + amount.billNumber() + " has " + plain(amount.left())
                        + " left to return after earlier returns; this return gives back " + plain(amount.asked())),
                quantity -> new FieldProblem("bill.lineItems[" + quantity.lineIndex() + "].return.returnQty",
                        FieldProblem.EXCEEDS_PURCHASE, "bill " + quantity.billNumber() + " has " + plain(quantity.left())
                        + " of item " + quantity.itemCode() + " left to return after earlier returns;"
                        + " this return's lines of it give back " + plain(quantity.asked())));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

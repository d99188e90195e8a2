package io.ledgerlens.domain.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What one customer (or group) bought under one bill number and what has been
 * returned of it since: a return may give back no more money than the bill
 * took, and, item by item, no more than it bought, counting earlier returns.
 * A bill number used for several purchases counts them together.
 *
 * @param billNumber the bill number purchases and returns are counted under
 * @param bought whether anything has been bought under it
 * @param amountBought the money its purchases took, together
 * @param qtyBought the quantity bought, by item code
 * @param amountReturned the money its returns gave back, together
 * @param qtyReturned the quantity given back, by item code
 */
@ValueObject
public record ReturnableBill(String billNumber, boolean bought, BigDecimal amountBought, Map<String, BigDecimal> qtyBought,
                             BigDecimal amountReturned, Map<String, BigDecimal> qtyReturned) {

    /**
     * Refuses a missing bill number or amount; keeps its own copies of the quantities.
     *
     * @param billNumber the bill number purchases and returns are counted under
     * @param bought whether anything has been bought under it
     * @param amountBought the money its purchases took, together
     * @param qtyBought the quantity bought, by item code
     * @param amountReturned the money its returns gave back, together
     * @param qtyReturned the quantity given back, by item code
     */
    public ReturnableBill {
        Objects.requireNonNull(billNumber, "billNumber");
        Objects.requireNonNull(amountBought, "amountBought");
        Objects.requireNonNull(amountReturned, "amountReturned");
        qtyBought = Map.copyOf(qtyBought);
        qtyReturned = Map.copyOf(qtyReturned);
    }

    /**
     * A bill number nothing has been bought under yet.
     *
     * @param billNumber the bill number
     * @return a bill with nothing bought and nothing returned
     */
    public static ReturnableBill nothingBought(String billNumber) {
        return new ReturnableBill(billNumber, false, BigDecimal.ZERO, Map.of(), BigDecimal.ZERO, Map.of());
    }

    /**
     * Adds a purchase under this bill number: {@code billAmount} paid, {@code qtyByItem} bought.
     *
     * @param billAmount what the purchase took
     * @param qtyByItem the quantity it bought, by item code
     * @return the bill with the purchase counted
     */
    public ReturnableBill withPurchase(BigDecimal billAmount, Map<String, BigDecimal> qtyByItem) {
        return new ReturnableBill(billNumber, true, amountBought.add(billAmount), sum(qtyBought, qtyByItem),
                amountReturned, qtyReturned);
    }

    /**
     * Adds a purchase bill: its paid amount, and its lines' quantities by item code.
     *
     * @param purchase a purchase under this bill number
     * @return the bill with the purchase counted
     */
    public ReturnableBill withPurchase(Bill purchase) {
        var qty = new LinkedHashMap<String, BigDecimal>();
        purchase.lineItems().forEach(line -> qty.merge(line.itemCode(), line.qty(), BigDecimal::add));
        return withPurchase(purchase.amounts().net(), qty);
    }

    /**
     * Adds a return of this bill: {@code amount} given back, {@code qtyByItem} taken back.
     *
     * @param amount the money the return gave back
     * @param qtyByItem the quantity it took back, by item code
     * @return the bill with the return counted
     */
    public ReturnableBill withReturn(BigDecimal amount, Map<String, BigDecimal> qtyByItem) {
        return new ReturnableBill(billNumber, bought, amountBought, qtyBought, amountReturned.add(amount),
                sum(qtyReturned, qtyByItem));
    }

    /**
     * Adds a recorded return of this bill: its return amount, and its returned lines' quantities by item code.
     *
     * @param returnBill the bill of a {@code ReturnBill} event against this bill number
     * @return the bill with the return counted
     */
    public ReturnableBill withReturn(Bill returnBill) {
        return withReturn(amountOf(returnBill), qtyOf(returnBill));
    }

    /**
     * Everything {@code returnBill} would take back beyond what is left; empty when it fits.
     *
     * @param returnBill the bill of a {@code ReturnBill} about to be recorded
     * @return one excess for the amount and one per item over its limit, or only {@code NothingBought}
     */
    public List<ReturnExcess> excessOf(Bill returnBill) {
        if (!bought) {
            return List.of(new ReturnExcess.NothingBought(billNumber));
        }
        var excess = new ArrayList<ReturnExcess>();
        var amountLeft = amountBought.subtract(amountReturned);
        var amountAsked = amountOf(returnBill);
        if (amountAsked.compareTo(amountLeft) > 0) {
            excess.add(new ReturnExcess.AmountBeyondPurchase(billNumber, amountLeft.max(BigDecimal.ZERO), amountAsked));
        }
        var asked = qtyOf(returnBill);
        var lines = returnBill.lineItems();
        for (var item : asked.entrySet()) {
            var left = qtyBought.getOrDefault(item.getKey(), BigDecimal.ZERO)
                    .subtract(qtyReturned.getOrDefault(item.getKey(), BigDecimal.ZERO));
            if (item.getValue().compareTo(left) > 0) {
                int firstLine = 0;
                while (!lines.get(firstLine).itemCode().equals(item.getKey()) || lines.get(firstLine).returned().isEmpty()) {
                    firstLine++;
                }
                excess.add(new ReturnExcess.QuantityBeyondPurchase(billNumber, firstLine, item.getKey(),
                        left.max(BigDecimal.ZERO), item.getValue()));
            }
        }
        return excess;
    }

    private static BigDecimal amountOf(Bill returnBill) {
        return returnBill.returned().map(BillReturn::returnAmount).orElse(BigDecimal.ZERO);
    }

    /** What each item code's returned lines take back, in the order the lines come. */
    private static Map<String, BigDecimal> qtyOf(Bill returnBill) {
        var qty = new LinkedHashMap<String, BigDecimal>();
        for (var line : returnBill.lineItems()) {
            line.returned().ifPresent(given -> qty.merge(line.itemCode(), given.returnQty(), BigDecimal::add));
        }
        return qty;
    }

    private static Map<String, BigDecimal> sum(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        var total = new LinkedHashMap<>(a);
        b.forEach((item, qty) -> total.merge(item, qty, BigDecimal::add));
        return total;
    }
}

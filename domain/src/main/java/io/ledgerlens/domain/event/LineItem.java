package io.ledgerlens.domain.event;

import io.ledgerlens.domain.points.PointsAllocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One line of a bill and the points it earned on its own.
 *
 * @param id the line's id on its bill, positive
 * @param itemCode the org's code for the item sold
 * @param amounts gross, discount and what was paid for the line
 * @param rate the price of one unit
 * @param qty how many units, as a decimal
 * @param allocations the points the line earned on its own
 * @param returned on a return bill, what the line gave back; empty on a purchase
 */
@ValueObject
public record LineItem(long id, String itemCode, Amounts amounts, BigDecimal rate, BigDecimal qty,
                       List<PointsAllocation> allocations, Optional<LineItemReturn> returned) {

    /**
     * Refuses an id that is not positive and a missing field.
     *
     * @param id the line's id on its bill, positive
     * @param itemCode the org's code for the item sold
     * @param amounts gross, discount and what was paid for the line
     * @param rate the price of one unit
     * @param qty how many units, as a decimal
     * @param allocations the points the line earned on its own
     * @param returned on a return bill, what the line gave back; empty on a purchase
     */
    public LineItem {
        if (id <= 0) {
            throw new IllegalArgumentException("line item id must be positive, was " + id);
        }
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(qty, "qty");
        allocations = List.copyOf(allocations);
        Objects.requireNonNull(returned, "returned");
    }

    /**
     * A line of a purchase (nothing returned).
     *
     * @param id the line's id on its bill
     * @param itemCode the org's code for the item
     * @param amounts what the line cost
     * @param rate the price of one unit
     * @param qty how many units
     * @param allocations the points the line earned
     * @return the line
     */
    public static LineItem sold(long id, String itemCode, Amounts amounts, BigDecimal rate, BigDecimal qty,
                                List<PointsAllocation> allocations) {
        return new LineItem(id, itemCode, amounts, rate, qty, allocations, Optional.empty());
    }
}

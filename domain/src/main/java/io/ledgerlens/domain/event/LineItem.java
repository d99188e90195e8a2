package io.ledgerlens.domain.event;

import io.ledgerlens.domain.points.PointsAllocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/** One line of a bill and the points it earned on its own. */
@ValueObject
public record LineItem(long id, String itemCode, Amounts amounts, BigDecimal rate, BigDecimal qty,
                       List<PointsAllocation> allocations, Optional<LineItemReturn> returned) {

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

    public static LineItem sold(long id, String itemCode, Amounts amounts, BigDecimal rate, BigDecimal qty,
                                List<PointsAllocation> allocations) {
        return new LineItem(id, itemCode, amounts, rate, qty, allocations, Optional.empty());
    }
}

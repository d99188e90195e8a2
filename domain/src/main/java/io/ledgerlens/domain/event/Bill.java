package io.ledgerlens.domain.event;

import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.points.PointsAllocation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The bill of a bill event: its header, its line items and the points it
 * earned as a whole (line items carry their own).
 *
 * @param billNumber the org's number for the bill, which returns name it by
 * @param amounts gross, discount and what was paid for the whole bill
 * @param note the till's free-text note; empty when none
 * @param source the channel the bill was made on
 * @param billDate when the bill was made
 * @param lineItems the bill's lines, in bill order
 * @param allocations the points the bill earned as a whole
 * @param returned on a {@code ReturnBill}, what the return gave back; empty on a purchase
 */
@ValueObject
public record Bill(String billNumber, Amounts amounts, String note, Source source, Instant billDate,
                   List<LineItem> lineItems, List<PointsAllocation> allocations, Optional<BillReturn> returned) {

    /**
     * Refuses a missing header field and a source of {@code ALL}; a null note is kept as empty.
     *
     * @param billNumber the org's number for the bill, which returns name it by
     * @param amounts gross, discount and what was paid for the whole bill
     * @param note the till's free-text note; empty when none
     * @param source the channel the bill was made on
     * @param billDate when the bill was made
     * @param lineItems the bill's lines, in bill order
     * @param allocations the points the bill earned as a whole
     * @param returned on a {@code ReturnBill}, what the return gave back; empty on a purchase
     */
    public Bill {
        Objects.requireNonNull(billNumber, "billNumber");
        Objects.requireNonNull(amounts, "amounts");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(billDate, "billDate");
        lineItems = List.copyOf(lineItems);
        allocations = List.copyOf(allocations);
        Objects.requireNonNull(returned, "returned");
        if (source == Source.ALL) {
            throw new IllegalArgumentException("a bill comes from one source, not ALL");
        }
    }

    /**
     * Every allocation on the bill: its own first, then each line item's in order.
     *
     * @return the bill's allocations followed by its lines', in line order
     */
    public List<PointsAllocation> allAllocations() {
        return Stream.concat(allocations.stream(),
                lineItems.stream().flatMap(line -> line.allocations().stream())).toList();
    }
}

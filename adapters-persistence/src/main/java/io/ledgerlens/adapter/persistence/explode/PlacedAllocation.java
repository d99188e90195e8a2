package io.ledgerlens.adapter.persistence.explode;

import io.ledgerlens.domain.points.PointsAllocation;
import java.util.List;

/**
 * An allocation as stored, with the place it was booked on: the event itself, its bill as a whole, or one line of
 * its bill (by the line's position).
 *
 * @param placement    where the points were booked
 * @param linePosition the line's position when {@code placement} is {@link Placement#LINE}, else null
 * @param allocation   the allocation
 */
record PlacedAllocation(Placement placement, Integer linePosition, PointsAllocation allocation) {

    /**
     * The allocations of {@code all} booked on the event itself or on its bill as a whole, in their recorded order.
     *
     * @param all       an event's allocations, in recorded order
     * @param placement {@link Placement#EVENT} or {@link Placement#BILL}
     * @return those allocations
     */
    static List<PointsAllocation> bookedOn(List<PlacedAllocation> all, Placement placement) {
        if (placement == Placement.LINE) {
            throw new IllegalArgumentException("a line's allocations are those of one line: bookedOnLine");
        }
        return all.stream().filter(placed -> placed.placement() == placement).map(PlacedAllocation::allocation).toList();
    }

    /**
     * The allocations of {@code all} booked on the bill's line at {@code position}, in their recorded order.
     *
     * @param all      an event's allocations, in recorded order
     * @param position the line's stored position
     * @return those allocations
     */
    static List<PointsAllocation> bookedOnLine(List<PlacedAllocation> all, int position) {
        return all.stream().filter(placed -> placed.placement() == Placement.LINE && placed.linePosition() == position)
                .map(PlacedAllocation::allocation).toList();
    }
}

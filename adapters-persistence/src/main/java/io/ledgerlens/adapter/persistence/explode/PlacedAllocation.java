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
     * The allocations of {@code all} booked on {@code placement} (and, for a line, on the line at {@code linePosition}),
     * in their recorded order.
     *
     * @param all          an event's allocations, in recorded order
     * @param placement    the place asked for
     * @param linePosition the line's position, for {@link Placement#LINE}; ignored otherwise
     * @return those allocations
     */
    static List<PointsAllocation> placeOn(List<PlacedAllocation> all, Placement placement, int linePosition) {
        return all.stream()
                .filter(placed -> placed.placement() == placement
                        && (placement != Placement.LINE || placed.linePosition() == linePosition))
                .map(PlacedAllocation::allocation)
                .toList();
    }
}

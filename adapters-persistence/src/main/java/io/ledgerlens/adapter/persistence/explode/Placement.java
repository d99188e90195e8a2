package io.ledgerlens.adapter.persistence.explode;

/** Where an allocation was booked, as {@code points_allocation.placement} stores it. */
enum Placement {
    /** On the event itself (events without a bill). */
    EVENT,
    /** On a bill as a whole. */
    BILL,
    /** On one line of a bill. */
    LINE
}

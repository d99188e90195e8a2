package io.ledgerlens.domain.points;

/**
 * Regular points are earned outright; promo points came from a promotion;
 * promised points convert into regular points on their conversion date.
 */
public enum AllocationKind {
    /** Earned outright; {@code regular} in a breakup. */
    REGULAR,
    /** Awarded by a promotion, which the allocation names; shown among the regular entries of a breakup. */
    PROMO,
    /** Earned but not yet usable: turns regular on its conversion date; {@code promised} in a breakup. */
    PROMISED
}

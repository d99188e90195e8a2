package io.ledgerlens.domain.points;

/**
 * Regular points are earned outright; promo points came from a promotion;
 * promised points convert into regular points on their conversion date.
 */
public enum AllocationKind {
    REGULAR, PROMO, PROMISED
}

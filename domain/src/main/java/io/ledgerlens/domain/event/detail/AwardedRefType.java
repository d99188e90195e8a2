package io.ledgerlens.domain.event.detail;

/** What kind of award the points a manual adjustment consumed came from (§7.5.2's {@code pointAwardedRefType}). */
public enum AwardedRefType {
    /** Regular points awarded on a bill. */
    POINT_AWARDED,
    /** Promo points a bill promotion awarded on a bill. */
    POINT_AWARDED_BILL_PROMOTION,
    /** Regular points awarded on a line item. */
    POINT_AWARDED_LINEITEM,
    /** Promo points a line-item promotion awarded on a line item. */
    POINT_AWARDED_LINEITEM_PROMOTION,
    /** Promo points a customer promotion awarded, not tied to a bill. */
    POINT_AWARDED_CUSTOMER_PROMOTION
}

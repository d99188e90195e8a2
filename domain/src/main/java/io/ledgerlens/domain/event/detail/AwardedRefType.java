package io.ledgerlens.domain.event.detail;

/** What kind of award the points a manual adjustment consumed came from (§7.5.2's {@code pointAwardedRefType}). */
public enum AwardedRefType {
    POINT_AWARDED, POINT_AWARDED_BILL_PROMOTION, POINT_AWARDED_LINEITEM, POINT_AWARDED_LINEITEM_PROMOTION,
    POINT_AWARDED_CUSTOMER_PROMOTION
}

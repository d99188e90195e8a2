package io.ledgerlens.domain.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened. The first sixteen can be exploded (§6 of the contract); the
 * ledger also records entries that have no explode detail, such as points
 * expiring, which answer 11024 when asked for.
 */
public enum EventName {
    TRANSACTION_ADD("TransactionAdd", Shape.BILL),
    NEW_BILL("NewBill", Shape.BILL),
    GROUP_TRANSACTION_ADD("GroupTransactionAdd", Shape.BILL),
    RETURN_BILL("ReturnBill", Shape.BILL),
    CUSTOMER_REGISTRATION("CustomerRegistration", Shape.PLAIN),
    CUSTOMER_UPDATE("CustomerUpdate", Shape.PLAIN),
    GENERIC_EVENT("GenericEvent", Shape.PLAIN),
    ALLOCATE_GOODWILL_POINTS("AllocateGoodwillPoints", Shape.PLAIN),
    POINTS_REDEMPTION("PointsRedemption", Shape.PLAIN),
    POINTS_TRANSFER("PointsTransfer", Shape.PLAIN),
    TARGET_COMPLETED("TargetCompleted", Shape.PLAIN),
    VOUCHER_REDEMPTION("VoucherRedemption", Shape.PLAIN),
    MANUAL_POINTS_ADJUSTMENT("ManualPointsAdjustment", Shape.PLAIN),
    CUSTOMER_PROMOTION_IMPORT("CustomerPromotionImport", Shape.PLAIN),
    LINE_ITEMS_POINTS_PROMOTION_IMPORT("LineItemsPointsPromotionImport", Shape.PLAIN),
    BILL_POINTS_PROMOTION_IMPORT("BillPointsPromotionImport", Shape.PLAIN),
    POINTS_EXPIRY("PointsExpiry", Shape.NO_EXPLODE_DETAIL),
    DELAYED_ACCRUAL("DelayedAccrual", Shape.NO_EXPLODE_DETAIL);

    private enum Shape { BILL, PLAIN, NO_EXPLODE_DETAIL }

    private final String wireName;
    private final Shape shape;

    EventName(String wireName, Shape shape) {
        this.wireName = wireName;
        this.shape = shape;
    }

    public String wireName() {
        return wireName;
    }

    /** Bill events carry their points on the bill and its line items rather than on the event. */
    public boolean isBillEvent() {
        return shape == Shape.BILL;
    }

    public boolean hasExplodeDetail() {
        return shape != Shape.NO_EXPLODE_DETAIL;
    }

    /** Exact, case-sensitive match against the names a client may ask for (§6). */
    public static Optional<EventName> explodable(String wireName) {
        return any(wireName).filter(EventName::hasExplodeDetail);
    }

    /** Any recorded kind, explodable or not. */
    public static Optional<EventName> any(String wireName) {
        return Arrays.stream(values()).filter(n -> n.wireName.equals(wireName)).findFirst();
    }
}

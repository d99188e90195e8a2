package io.ledgerlens.domain.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * What happened. The first sixteen can be exploded (§6 of the contract); the
 * ledger also records entries that have no explode detail, such as points
 * expiring, which answer 11024 when asked for.
 */
public enum EventName {
    /** A customer's purchase at a till: a bill event, {@code TransactionAdd} on the wire. */
    TRANSACTION_ADD("TransactionAdd", Shape.BILL),
    /** A new bill, shaped like {@code TransactionAdd}: a bill event, {@code NewBill} on the wire. */
    NEW_BILL("NewBill", Shape.BILL),
    /** A purchase booked to a user group (household): a bill event, {@code GroupTransactionAdd} on the wire. */
    GROUP_TRANSACTION_ADD("GroupTransactionAdd", Shape.BILL),
    /** A return against an earlier bill, which takes points back: a bill event, {@code ReturnBill} on the wire. */
    RETURN_BILL("ReturnBill", Shape.BILL),
    /** A customer registered, and what registering earned: {@code CustomerRegistration} on the wire. */
    CUSTOMER_REGISTRATION("CustomerRegistration", Shape.PLAIN),
    /** A customer's profile changed: {@code CustomerUpdate} on the wire. */
    CUSTOMER_UPDATE("CustomerUpdate", Shape.PLAIN),
    /** An org-defined behavioural event with its own metadata (§7.5): {@code GenericEvent} on the wire. */
    GENERIC_EVENT("GenericEvent", Shape.PLAIN),
    /** Points given as goodwill, with a reason: {@code AllocateGoodwillPoints} on the wire. */
    ALLOCATE_GOODWILL_POINTS("AllocateGoodwillPoints", Shape.PLAIN),
    /** Points spent, by program: {@code PointsRedemption} on the wire. */
    POINTS_REDEMPTION("PointsRedemption", Shape.PLAIN),
    /** Points moved from one customer to another: {@code PointsTransfer} on the wire. */
    POINTS_TRANSFER("PointsTransfer", Shape.PLAIN),
    /** A target reached, and the points it earned (§7.5.1): {@code TargetCompleted} on the wire. */
    TARGET_COMPLETED("TargetCompleted", Shape.PLAIN),
    /** A voucher redeemed: {@code VoucherRedemption} on the wire. */
    VOUCHER_REDEMPTION("VoucherRedemption", Shape.PLAIN),
    /** Points deducted by hand, with the breakup of what was taken: {@code ManualPointsAdjustment} on the wire. */
    MANUAL_POINTS_ADJUSTMENT("ManualPointsAdjustment", Shape.PLAIN),
    /** Promo points given to a customer by a file import: {@code CustomerPromotionImport} on the wire. */
    CUSTOMER_PROMOTION_IMPORT("CustomerPromotionImport", Shape.PLAIN),
    /** Promo points on bill lines given by a file import: {@code LineItemsPointsPromotionImport} on the wire. */
    LINE_ITEMS_POINTS_PROMOTION_IMPORT("LineItemsPointsPromotionImport", Shape.PLAIN),
    /** Promo points on bills given by a file import: {@code BillPointsPromotionImport} on the wire. */
    BILL_POINTS_PROMOTION_IMPORT("BillPointsPromotionImport", Shape.PLAIN),
    /** Points that lapsed, {@code PointsExpiry}: recorded, but without explode detail (11014 by name, 11024 by id). */
    POINTS_EXPIRY("PointsExpiry", Shape.NO_EXPLODE_DETAIL),
    /** {@code DelayedAccrual}: recorded, but without explode detail (11014 by name, 11024 by id). */
    DELAYED_ACCRUAL("DelayedAccrual", Shape.NO_EXPLODE_DETAIL);

    private enum Shape { BILL, PLAIN, NO_EXPLODE_DETAIL }

    private final String wireName;
    private final Shape shape;

    EventName(String wireName, Shape shape) {
        this.wireName = wireName;
        this.shape = shape;
    }

    /** {@return the name clients write and read, such as {@code TransactionAdd}} */
    public String wireName() {
        return wireName;
    }

    /**
     * Bill events carry their points on the bill and its line items rather than on the event.
     *
     * @return true for {@code TransactionAdd}, {@code NewBill}, {@code GroupTransactionAdd} and {@code ReturnBill}
     */
    public boolean isBillEvent() {
        return shape == Shape.BILL;
    }

    /** {@return whether the explode API describes events of this kind (the sixteen names of §6)} */
    public boolean hasExplodeDetail() {
        return shape != Shape.NO_EXPLODE_DETAIL;
    }

    /**
     * Exact, case-sensitive match against the names a client may ask for (§6).
     *
     * @param wireName the {@code eventName} parameter
     * @return the name, or empty when it is not one of the sixteen (11014)
     */
    public static Optional<EventName> explodable(String wireName) {
        return any(wireName).filter(EventName::hasExplodeDetail);
    }

    /**
     * Any recorded kind, explodable or not.
     *
     * @param wireName a name as recorded
     * @return the name, or empty when the ledger records nothing under it
     */
    public static Optional<EventName> any(String wireName) {
        return Arrays.stream(values()).filter(n -> n.wireName.equals(wireName)).findFirst();
    }
}

package io.ledgerlens.domain.event.detail;

/**
 * What a completed target measured (§7.5.1). A milestone is reached at its
 * trigger value and has a name; the others compare what the customer achieved
 * with a target value.
 */
public enum TargetSourceType {
    /** A target set for the customer: a value to achieve within a period. */
    USERTARGET,
    /** A named milestone, reached at its trigger value. */
    MILESTONE,
    /** A streak target; shown like a user target, with a target value and an achieved value. */
    STREAKS,
    /** A unified target; shown like a user target, with a target value and an achieved value. */
    UNIFIED;

    /** {@return whether targets of this type are reached at a trigger value and named, rather than achieved} */
    public boolean isMilestone() {
        return this == MILESTONE;
    }
}

package io.ledgerlens.domain.event.detail;

/**
 * What a completed target measured (§7.5.1). A milestone is reached at its
 * trigger value and has a name; the others compare what the customer achieved
 * with a target value.
 */
public enum TargetSourceType {
    USERTARGET, MILESTONE, STREAKS, UNIFIED;

    public boolean isMilestone() {
        return this == MILESTONE;
    }
}

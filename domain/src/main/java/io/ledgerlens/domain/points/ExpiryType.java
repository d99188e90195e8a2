package io.ledgerlens.domain.points;

import java.util.Locale;

/** Whether points expire on a fixed date or a rolling window after the last activity. */
public enum ExpiryType {
    FIXED, ROLLING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

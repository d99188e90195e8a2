package io.ledgerlens.domain.points;

import java.util.Locale;

/** Whether points expire on a fixed date or a rolling window after the last activity. */
public enum ExpiryType {
    /** Points lapse on a set date; {@code fixed} on the wire. */
    FIXED,
    /** Points lapse a set time after the customer's last activity; {@code rolling} on the wire. */
    ROLLING;

    /** {@return the type as the contract writes it ({@code expiryType}): lower case} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

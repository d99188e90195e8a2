package io.ledgerlens.domain.explode;

import java.util.Optional;

/** Parses the positive integer ids the contract passes around as text. */
public final class Numerals {

    /** Long.MAX_VALUE has 19 digits; anything longer cannot be an id. */
    private static final int MAX_DIGITS = 19;

    private Numerals() {
    }

    /**
     * The value of {@code text} if it is a plain decimal positive integer that fits a long.
     *
     * @param text the text as sent; may be null
     * @return the value, or empty for a sign, a blank, a non-ASCII digit, zero or an overflow
     */
    public static Optional<Long> positiveLong(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(text);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }
}

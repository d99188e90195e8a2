package io.ledgerlens.domain.text;

/**
 * Text as the ledger keeps it. Its length is counted in characters (Unicode
 * code points), as PostgreSQL counts {@code varchar(n)}, not in Java's UTF-16
 * units: 255 emoji are 510 {@code char}s and fit a column of 255. A control
 * character cannot be kept (PostgreSQL text cannot hold NUL, and the others
 * have no business in a name), nor can half of a surrogate pair: it is no
 * character at all, and would be stored as {@code ?}, which is not what was sent.
 */
public final class StoredText {

    /** What the ledger's names, codes and references hold. */
    public static final int SHORT = 255;
    /** What the ledger's notes, comments, descriptions and field values hold. */
    public static final int LONG = 2000;

    private StoredText() {
    }

    /**
     * The length of {@code text} in characters.
     *
     * @param text any text
     * @return its length in code points
     */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Whether every character of {@code text} can be stored as it is.
     *
     * @param text any text
     * @return false when it holds a control character or half a surrogate pair
     */
    public static boolean isStorable(String text) {
        return text.codePoints().noneMatch(StoredText::isUnstorable);
    }

    /**
     * Whether {@code text} can be stored as it is in a column of {@code max} characters.
     *
     * @param text any text
     * @param max the column's length, in characters, such as {@link #SHORT}
     * @return whether it is storable and at most {@code max} characters long
     */
    public static boolean fits(String text, int max) {
        // No more UTF-16 units than max means no more characters either: counting them is for the longer ones.
        return (text.length() <= max || length(text) <= max) && isStorable(text);
    }

    /** A control character, or a surrogate code unit without its other half. */
    private static boolean isUnstorable(int codePoint) {
        return Character.isISOControl(codePoint)
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}

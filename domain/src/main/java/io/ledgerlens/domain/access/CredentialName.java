package io.ledgerlens.domain.access;

import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A till user's username or an API client's key: unique across the service,
 * because a Basic header or a key names no org. Plain ASCII so that it
 * survives a Basic header, a shell and a log line unchanged.
 *
 * @param value the username or client key
 */
@ValueObject
public record CredentialName(String value) {

    /** The longest name, in ASCII characters; the store's column holds as many. */
    public static final int MAX_LENGTH = 64;
    private static final int MIN_LENGTH = 3;

    /**
     * Refuses anything but 3 to {@value #MAX_LENGTH} letters, digits, {@code .}, {@code _}, {@code @} or {@code -}.
     *
     * @param value the username or client key
     */
    public CredentialName {
        if (!allowed(value)) {
            throw new IllegalArgumentException("not a credential name: " + value);
        }
    }

    /**
     * The name, or why it cannot be one.
     *
     * @param text what the operator or org admin typed
     * @return the name, or a message saying what a name may be
     */
    public static Either<String, CredentialName> parse(String text) {
        return allowed(text)
                ? Either.right(new CredentialName(text))
                : Either.left("a name is 3 to " + MAX_LENGTH + " letters, digits, '.', '_', '@' or '-'");
    }

    /**
     * Whether {@code text} is 3 to {@value #MAX_LENGTH} of the allowed characters. A loop, not a regular expression:
     * every request signed in by Basic checks a name twice, and matching the character class with
     * {@code java.util.regex} was 5% of the JVM's time of an explode (JFR, 2026-12-06).
     */
    private static boolean allowed(String text) {
        if (text == null || text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            var letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && c != '.' && c != '_' && c != '@' && c != '-') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.ledgerlens.domain.access;

import io.vavr.control.Either;
import java.util.regex.Pattern;
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
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._@-]{3," + MAX_LENGTH + "}");

    /**
     * Refuses anything but 3 to {@value #MAX_LENGTH} letters, digits, {@code .}, {@code _}, {@code @} or {@code -}.
     *
     * @param value the username or client key
     */
    public CredentialName {
        if (value == null || !ALLOWED.matcher(value).matches()) {
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
        return text != null && ALLOWED.matcher(text).matches()
                ? Either.right(new CredentialName(text))
                : Either.left("a name is 3 to " + MAX_LENGTH + " letters, digits, '.', '_', '@' or '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}

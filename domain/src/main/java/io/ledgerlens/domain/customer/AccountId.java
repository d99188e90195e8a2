package io.ledgerlens.domain.customer;

import io.ledgerlens.domain.text.StoredText;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One account of a multi-account source (several WeChat official accounts, say).
 * {@link #DEFAULT} stands for "the source's only account".
 *
 * @param value the account's id on its source; empty for {@link #DEFAULT}
 */
@ValueObject
public record AccountId(String value) {

    /** The source's only account, for sources that have one. */
    public static final AccountId DEFAULT = new AccountId("");
    /** The longest account id, in characters; a longer one is refused, not cut. */
    public static final int MAX_LENGTH = 100;

    /**
     * Refuses an id longer than {@value #MAX_LENGTH} characters or with a control character; trims the rest.
     *
     * @param value the account's id on its source; empty for {@link #DEFAULT}
     */
    public AccountId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("account id must be up to 100 printable characters");
        }
        value = value.trim();
    }

    /**
     * The account id in {@code text}, if it is up to 100 printable characters.
     *
     * @param text the account id as sent
     * @return the account id, or empty when it is not one
     */
    public static Optional<AccountId> parse(String text) {
        return isValid(text) ? Optional.of(new AccountId(text)) : Optional.empty();
    }

    private static boolean isValid(String value) {
        return value != null && StoredText.fits(value, MAX_LENGTH);
    }

    /**
     * @param value the account's id on its source
     * @return the account id, trimmed
     */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    /** {@return whether this is the source's only account rather than one of several} */
    public boolean isDefault() {
        return value.isEmpty();
    }
}

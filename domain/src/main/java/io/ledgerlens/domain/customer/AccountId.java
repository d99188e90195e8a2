package io.ledgerlens.domain.customer;

import io.ledgerlens.domain.text.StoredText;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One account of a multi-account source (several WeChat official accounts, say).
 * {@link #DEFAULT} stands for "the source's only account".
 */
@ValueObject
public record AccountId(String value) {

    public static final AccountId DEFAULT = new AccountId("");
    public static final int MAX_LENGTH = 100;

    public AccountId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("account id must be up to 100 printable characters");
        }
        value = value.trim();
    }

    /** The account id in {@code text}, if it is up to 100 printable characters. */
    public static Optional<AccountId> parse(String text) {
        return isValid(text) ? Optional.of(new AccountId(text)) : Optional.empty();
    }

    private static boolean isValid(String value) {
        return value != null && StoredText.fits(value, MAX_LENGTH);
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    public boolean isDefault() {
        return value.isEmpty();
    }
}

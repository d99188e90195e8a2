package io.ledgerlens.domain.explode;

import java.util.Locale;
import java.util.Optional;

/** Whether the identifier names a customer or a user group (household wallet). */
public enum SubjectType {
    CUSTOMER, USERGROUP2;

    public static Optional<SubjectType> parse(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "CUSTOMER" -> Optional.of(CUSTOMER);
            case "USERGROUP2" -> Optional.of(USERGROUP2);
            default -> Optional.empty();
        };
    }
}

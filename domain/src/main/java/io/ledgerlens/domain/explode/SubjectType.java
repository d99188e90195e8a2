package io.ledgerlens.domain.explode;

import java.util.Locale;
import java.util.Optional;

/** Whether the identifier names a customer or a user group (household wallet). */
public enum SubjectType {
    /** A customer's own ledger; the default when {@code type} is absent. */
    CUSTOMER,
    /** A user group's (household's) shared ledger, or with {@code isPrimaryUser} its primary member's. */
    USERGROUP2;

    /**
     * @param text the {@code type} parameter, in any case
     * @return the type, or empty when it is neither (9003)
     */
    public static Optional<SubjectType> parse(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "CUSTOMER" -> Optional.of(CUSTOMER);
            case "USERGROUP2" -> Optional.of(USERGROUP2);
            default -> Optional.empty();
        };
    }
}

package io.ledgerlens.domain.customer;

import io.ledgerlens.domain.explode.Numerals;
import io.ledgerlens.domain.text.StoredText;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How a caller names the customer (or group) whose ledger it reads, each with
 * the shape its value must have (§4 of the contract).
 */
public enum IdentifierName {
    /** A mobile number: 8 to 15 digits; {@code mobile} on the wire. */
    MOBILE(Pattern.compile("\\d{8,15}").asMatchPredicate()),
    /** An email address, compared case-insensitively; {@code email} on the wire. */
    EMAIL(IdentifierName::isPlausibleEmail),
    /** The org's own id for the customer: 1 to 100 printable characters; {@code externalId} on the wire. */
    EXTERNAL_ID(IdentifierName::isPrintableUpTo100),
    /** The customer's (or, for a group, the group's) own id; {@code customerId} is an alias. */
    ID(IdentifierName::isPositiveInteger),
    /** Only with {@code type=USERGROUP2}: the id of the group's primary member. */
    PRIMARY_USER_ID(IdentifierName::isPositiveInteger);

    /** Local part, domain and at least one dot; no blanks or control characters anywhere. */
    private static final Pattern EMAIL_SHAPE =
            Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s.\\p{Cntrl}]+(\\.[^@\\s.\\p{Cntrl}]+)+");
    /** The longest address SMTP carries (RFC 5321), in its stored, lower-case form. */
    public static final int MAX_EMAIL_LENGTH = 254;
    /** The contract's limit (§4): 1 to 100 printable characters. */
    public static final int MAX_EXTERNAL_ID_LENGTH = 100;

    private final Predicate<String> valueShape;

    IdentifierName(Predicate<String> valueShape) {
        this.valueShape = valueShape;
    }

    /**
     * Parses the wire name case-insensitively; {@code primaryUserId} only for user groups.
     *
     * @param text the {@code identifierName} parameter
     * @param forUserGroup whether the request reads a user group's ledger
     * @return the name, or empty when it is none of this type's
     */
    public static Optional<IdentifierName> parse(String text, boolean forUserGroup) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "mobile" -> Optional.of(MOBILE);
            case "email" -> Optional.of(EMAIL);
            case "externalid" -> Optional.of(EXTERNAL_ID);
            case "id", "customerid" -> Optional.of(ID);
            case "primaryuserid" -> forUserGroup ? Optional.of(PRIMARY_USER_ID) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * @param value an identifier value as sent
     * @return whether the value has the shape this name requires (§4)
     */
    public boolean accepts(String value) {
        return valueShape.test(value);
    }

    /**
     * The three names an identifier can be registered under (ids are not registered, they are assigned).
     *
     * @return true for mobile, email and external id
     */
    public boolean isRegistrable() {
        return this == MOBILE || this == EMAIL || this == EXTERNAL_ID;
    }

    /**
     * An email is kept in lower case, and lower-casing can lengthen it ({@code İ} becomes {@code i̇}, two
     * characters): its length is the stored form's.
     */
    private static boolean isPlausibleEmail(String value) {
        return EMAIL_SHAPE.matcher(value).matches()
                && StoredText.fits(CustomerIdentifier.normalise(EMAIL, value), MAX_EMAIL_LENGTH);
    }

    private static boolean isPrintableUpTo100(String value) {
        return !value.isBlank() && StoredText.fits(value, MAX_EXTERNAL_ID_LENGTH);
    }

    private static boolean isPositiveInteger(String value) {
        return Numerals.positiveLong(value).isPresent();
    }
}

package io.ledgerlens.domain.explode;

/**
 * The explode contract's error and warning catalogue (§5 of the spec).
 * Two situations share the wire code 9003 but differ in meaning and HTTP
 * status, so each situation is its own constant.
 */
public enum ErrorCode {
    /** 310144: the v2.1 data-scope headers are wrong (§3). */
    CONNECTED_ORGS_NOT_SET(310144),
    /** 11013: {@code identifierName}, {@code identifierValue} or {@code source} absent or blank. */
    IDENTIFIER_PARAMETERS_EMPTY(11013),
    /** 8013: an {@code identifierName} the contract does not know. */
    IDENTIFIER_NAME_INCORRECT(8013),
    /** 8003: a {@code source} the contract does not know. */
    INVALID_SOURCE(8003),
    /** 8015: an {@code identifierValue} (or {@code accountId}) that does not fit its name. */
    IDENTIFIER_VALUE_INCORRECT(8015),
    /** 9003, HTTP 400: a {@code type} other than {@code CUSTOMER} or {@code USERGROUP2}. */
    INVALID_TYPE(9003),
    /** 11021: {@code eventIds} sent together with {@code eventName} or {@code eventReferenceIds}. */
    BOTH_SELECTORS_PASSED(11021),
    /** 11023: neither selector complete. */
    NO_SELECTOR(11023),
    /** 11017: an element of {@code eventIds} that is not a positive integer. */
    EVENT_ID_FORMAT(11017),
    /** 11014: an {@code eventName} not among the sixteen of §6. */
    EVENT_NAME_NOT_FOUND(11014),
    /** 11014: more than 10 reference ids or more than 100 event ids. */
    TOO_MANY_EVENTS_REQUESTED(11014),
    /** 11006: an {@code offset} or {@code limit} out of range. */
    INVALID_PAGE(11006),
    /** 9005: an empty or malformed element of {@code alternateCurrencyNames}. */
    INVALID_ALTERNATE_CURRENCY_NAMES(9005),
    /** 8015: no customer for the identifier in the target orgs. */
    CUSTOMER_NOT_FOUND(8015),
    /** 1632: with {@code type=USERGROUP2}, no group for the identifier. */
    USER_GROUP_NOT_FOUND(1632),
    /** 11019: a breakup asked for while a target org does not capture source values. */
    SOURCE_VALUE_CAPTURING_DISABLED(11019),
    /** 9021: event ids that are not the subject's events in the target orgs. */
    EVENT_IDS_NOT_FOUND(9021),
    /** 9022: reference ids that match no event of the name. */
    EVENT_REFERENCE_IDS_INVALID(9022),
    /** 11024: an event of a kind that has no explode detail, such as points expiring. */
    EVENT_DETAIL_NOT_FOUND(11024),
    /** 9003, HTTP 503 with {@code Retry-After}: the ledger store cannot answer. */
    LEDGER_UNAVAILABLE(9003),
    /** A warning: the request is still answered. */
    ALTERNATE_CURRENCIES_NOT_FOUND(9018);

    private final int wireCode;

    ErrorCode(int wireCode) {
        this.wireCode = wireCode;
    }

    /**
     * The number clients see in {@code errors[].code}.
     *
     * @return the wire code; two constants may share one
     */
    public int wireCode() {
        return wireCode;
    }
}

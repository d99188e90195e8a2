package io.ledgerlens.domain.explode;

/**
 * The explode contract's error and warning catalogue (§5 of the spec).
 * Two situations share the wire code 9003 but differ in meaning and HTTP
 * status, so each situation is its own constant.
 */
public enum ErrorCode {
    CONNECTED_ORGS_NOT_SET(310144),
    IDENTIFIER_PARAMETERS_EMPTY(11013),
    IDENTIFIER_NAME_INCORRECT(8013),
    INVALID_SOURCE(8003),
    IDENTIFIER_VALUE_INCORRECT(8015),
    INVALID_TYPE(9003),
    BOTH_SELECTORS_PASSED(11021),
    NO_SELECTOR(11023),
    EVENT_ID_FORMAT(11017),
    EVENT_NAME_NOT_FOUND(11014),
    TOO_MANY_EVENTS_REQUESTED(11014),
    INVALID_PAGE(11006),
    INVALID_ALTERNATE_CURRENCY_NAMES(9005),
    CUSTOMER_NOT_FOUND(8015),
    USER_GROUP_NOT_FOUND(1632),
    SOURCE_VALUE_CAPTURING_DISABLED(11019),
    EVENT_IDS_NOT_FOUND(9021),
    EVENT_REFERENCE_IDS_INVALID(9022),
    EVENT_DETAIL_NOT_FOUND(11024),
    LEDGER_UNAVAILABLE(9003),
    /** A warning: the request is still answered. */
    ALTERNATE_CURRENCIES_NOT_FOUND(9018);

    private final int wireCode;

    ErrorCode(int wireCode) {
        this.wireCode = wireCode;
    }

    /** The number clients see in {@code errors[].code}. */
    public int wireCode() {
        return wireCode;
    }
}

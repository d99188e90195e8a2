package io.ledgerlens.domain.testdata;

/**
 * The messages of the explode contract's error catalogue (§5), written out
 * here from the spec rather than taken from the code under test.
 */
public final class ContractMessages {

    public static final String CONNECTED_ORGS_NOT_SET =
            "Connected Orgs not set properly in Headers. Check whether the target organisation is a connected organisation.";
    public static final String IDENTIFIER_PARAMETERS_EMPTY = "identifierName, identifierValue, source can not be empty";
    public static final String IDENTIFIER_NAME_INCORRECT = "Identifier name missing or incorrect.";
    public static final String INVALID_SOURCE = "Invalid source";
    public static final String IDENTIFIER_VALUE_INCORRECT = "Identifier value missing or incorrect.";
    public static final String INVALID_TYPE_PREFIX = "Error fetching points ledger data : invalid type ";
    public static final String BOTH_SELECTORS_PASSED = "EventId and Event References,both cannot be passed";
    public static final String NO_SELECTOR =
            "Valid identifiers not found : required either EventLogId or (EventName and BillId)";
    public static final String EVENT_ID_FORMAT_PREFIX = "Event id format exception:For input string: ";
    public static final String EVENT_NAME_NOT_FOUND_PREFIX = "Event name not found :";
    public static final String MAX_10_EVENTS = "Requested cannot be processed. Max 10 events are allowed in params.";
    public static final String MAX_100_EVENTS = "Requested cannot be processed. Max 100 events are allowed in params.";
    public static final String LIMIT_TOO_LARGE = "Limit cannot be greater than 100";
    public static final String INVALID_OFFSET = "Invalid offset";
    /** Not in the contract's table: ours, for a limit below 1 or not a number. */
    public static final String INVALID_LIMIT = "Invalid limit";
    public static final String INVALID_ALTERNATE_CURRENCY_NAMES = "Invalid alternateCurrencyNames field value";

    private ContractMessages() {
    }
}

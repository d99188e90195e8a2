package io.ledgerlens.domain.explode;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One reason the contract refuses (or warns about) a request, in the contract's words.
 *
 * @param code the catalogue entry, which gives the wire code and the HTTP status
 * @param message the text clients see in {@code errors[].message}, in the contract's words
 */
@ValueObject
public record Problem(ErrorCode code, String message) {

    /**
     * Refuses a missing code or message.
     *
     * @param code the catalogue entry, which gives the wire code and the HTTP status
     * @param message the text clients see in {@code errors[].message}, in the contract's words
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@return 310144: the v2.1 data-scope headers are malformed or ask for an org the caller may not read} */
    public static Problem connectedOrgsNotSet() {
        return new Problem(ErrorCode.CONNECTED_ORGS_NOT_SET,
                "Connected Orgs not set properly in Headers. Check whether the target organisation is a connected organisation.");
    }

    /** {@return 11013: an identifier parameter is absent or blank} */
    public static Problem identifierParametersEmpty() {
        return new Problem(ErrorCode.IDENTIFIER_PARAMETERS_EMPTY, "identifierName, identifierValue, source can not be empty");
    }

    /** {@return 8013: the identifier name is not one the contract knows} */
    public static Problem identifierNameIncorrect() {
        return new Problem(ErrorCode.IDENTIFIER_NAME_INCORRECT, "Identifier name missing or incorrect.");
    }

    /** {@return 8003: the source is not one the contract knows} */
    public static Problem invalidSource() {
        return new Problem(ErrorCode.INVALID_SOURCE, "Invalid source");
    }

    /** {@return 8015: the identifier value (or account id) does not fit its name} */
    public static Problem identifierValueIncorrect() {
        return new Problem(ErrorCode.IDENTIFIER_VALUE_INCORRECT, "Identifier value missing or incorrect.");
    }

    /**
     * 9003: the subject type is neither {@code CUSTOMER} nor {@code USERGROUP2}.
     *
     * @param type the {@code type} as sent, echoed in the message
     * @return the problem
     */
    public static Problem invalidType(String type) {
        return new Problem(ErrorCode.INVALID_TYPE, "Error fetching points ledger data : invalid type " + type);
    }

    /** {@return 11021: event ids were sent together with an event name or references} */
    public static Problem bothSelectorsPassed() {
        return new Problem(ErrorCode.BOTH_SELECTORS_PASSED, "EventId and Event References,both cannot be passed");
    }

    /** {@return 11023: neither event ids nor an event name with references were sent} */
    public static Problem noSelector() {
        return new Problem(ErrorCode.NO_SELECTOR,
                "Valid identifiers not found : required either EventLogId or (EventName and BillId)");
    }

    /**
     * 11017: an element of {@code eventIds} is not a positive integer.
     *
     * @param element the first such element, echoed in the message
     * @return the problem
     */
    public static Problem eventIdFormat(String element) {
        return new Problem(ErrorCode.EVENT_ID_FORMAT, "Event id format exception:For input string: \"" + element + "\"");
    }

    /**
     * 11014: the event name is not one of the sixteen of §6.
     *
     * @param eventName the name as sent, echoed in the message
     * @return the problem
     */
    public static Problem eventNameNotFound(String eventName) {
        return new Problem(ErrorCode.EVENT_NAME_NOT_FOUND, "Event name not found :" + eventName);
    }

    /**
     * 11014: more ids than a selector takes.
     *
     * @param max the selector's limit: 100 event ids or 10 reference ids
     * @return the problem
     */
    public static Problem tooManyEventsRequested(int max) {
        return new Problem(ErrorCode.TOO_MANY_EVENTS_REQUESTED,
                "Requested cannot be processed. Max " + max + " events are allowed in params.");
    }

    /** {@return 11006: a limit above 100} */
    public static Problem limitTooLarge() {
        return new Problem(ErrorCode.INVALID_PAGE, "Limit cannot be greater than 100");
    }

    /** {@return 11006: a limit that is not an integer of at least 1} */
    public static Problem invalidLimit() {
        return new Problem(ErrorCode.INVALID_PAGE, "Invalid limit");
    }

    /** {@return 11006: an offset that is not an integer of at least 0} */
    public static Problem invalidOffset() {
        return new Problem(ErrorCode.INVALID_PAGE, "Invalid offset");
    }

    /** {@return 9005: an element of {@code alternateCurrencyNames} is empty or malformed} */
    public static Problem invalidAlternateCurrencyNames() {
        return new Problem(ErrorCode.INVALID_ALTERNATE_CURRENCY_NAMES, "Invalid alternateCurrencyNames field value");
    }

    /** {@return 8015: no customer answers the identifier in the target orgs} */
    public static Problem customerNotFound() {
        return new Problem(ErrorCode.CUSTOMER_NOT_FOUND, "Customer not found for the given identifiers");
    }

    /**
     * 1632: no user group answers the identifier.
     *
     * @param identifierValue the identifier value as sent, echoed in the message
     * @return the problem
     */
    public static Problem userGroupNotFound(String identifierValue) {
        return new Problem(ErrorCode.USER_GROUP_NOT_FOUND,
                "group id/externalId/primary userId " + identifierValue + " passed is not valid");
    }

    /** {@return 11019: a breakup was asked for and a target org does not capture source values} */
    public static Problem sourceValueCapturingDisabled() {
        return new Problem(ErrorCode.SOURCE_VALUE_CAPTURING_DISABLED,
                "Source value capturing status is disabled. Please enable it from org settings page");
    }

    /**
     * 9021: event ids that are not the subject's events in the target orgs.
     *
     * @param missingIds the missing ids, in request order
     * @return the problem, listing them as {@code [id, id]}
     */
    public static Problem eventIdsNotFound(List<?> missingIds) {
        var ids = missingIds.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        return new Problem(ErrorCode.EVENT_IDS_NOT_FOUND, "Invalid identifiers found " + ids);
    }

    /** {@return 9022: a reference id matches no event of the name} */
    public static Problem eventReferenceIdsInvalid() {
        return new Problem(ErrorCode.EVENT_REFERENCE_IDS_INVALID, "Event reference IDs are invalid");
    }

    /**
     * 11024: the event exists but its kind has no explode detail.
     *
     * @param eventLogId the event's log id, echoed in the message
     * @return the problem
     */
    public static Problem eventDetailNotFound(long eventLogId) {
        return new Problem(ErrorCode.EVENT_DETAIL_NOT_FOUND, "Event detail not found for event log id " + eventLogId);
    }

    /** {@return 9003, HTTP 503: the ledger store cannot answer} */
    public static Problem ledgerUnavailable() {
        return new Problem(ErrorCode.LEDGER_UNAVAILABLE,
                "Error fetching points ledger data : getExplodeLedgerInfo failed and fallback failed");
    }

    /**
     * 9018, the second case (revision 2, §5): currencies were asked for and the target orgs have none at all.
     *
     * @return the warning
     */
    public static Problem noAlternateCurrency() {
        return new Problem(ErrorCode.ALTERNATE_CURRENCIES_NOT_FOUND, "no alternate currency found for org with given input params");
    }

    /**
     * 9018, the first case (a warning): names in {@code alternateCurrencyNames} that are no alternate currency of
     * the target orgs.
     *
     * @param names the unknown names, in request order
     * @return the warning
     */
    public static Problem alternateCurrenciesNotFound(List<String> names) {
        return new Problem(ErrorCode.ALTERNATE_CURRENCIES_NOT_FOUND,
                "alternate currencies not found with provided category filters, names: " + names);
    }
}

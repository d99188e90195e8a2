package io.ledgerlens.domain.explode;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.ValueObject;

/** One reason the contract refuses (or warns about) a request, in the contract's words. */
@ValueObject
public record Problem(ErrorCode code, String message) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem connectedOrgsNotSet() {
        return new Problem(ErrorCode.CONNECTED_ORGS_NOT_SET,
                "Connected Orgs not set properly in Headers. Check whether the target organisation is a connected organisation.");
    }

    public static Problem identifierParametersEmpty() {
        return new Problem(ErrorCode.IDENTIFIER_PARAMETERS_EMPTY, "identifierName, identifierValue, source can not be empty");
    }

    public static Problem identifierNameIncorrect() {
        return new Problem(ErrorCode.IDENTIFIER_NAME_INCORRECT, "Identifier name missing or incorrect.");
    }

    public static Problem invalidSource() {
        return new Problem(ErrorCode.INVALID_SOURCE, "Invalid source");
    }

    public static Problem identifierValueIncorrect() {
        return new Problem(ErrorCode.IDENTIFIER_VALUE_INCORRECT, "Identifier value missing or incorrect.");
    }

    public static Problem invalidType(String type) {
        return new Problem(ErrorCode.INVALID_TYPE, "Error fetching points ledger data : invalid type " + type);
    }

    public static Problem bothSelectorsPassed() {
        return new Problem(ErrorCode.BOTH_SELECTORS_PASSED, "EventId and Event References,both cannot be passed");
    }

    public static Problem noSelector() {
        return new Problem(ErrorCode.NO_SELECTOR,
                "Valid identifiers not found : required either EventLogId or (EventName and BillId)");
    }

    public static Problem eventIdFormat(String element) {
        return new Problem(ErrorCode.EVENT_ID_FORMAT, "Event id format exception:For input string: \"" + element + "\"");
    }

    public static Problem eventNameNotFound(String eventName) {
        return new Problem(ErrorCode.EVENT_NAME_NOT_FOUND, "Event name not found :" + eventName);
    }

    public static Problem tooManyEventsRequested(int max) {
        return new Problem(ErrorCode.TOO_MANY_EVENTS_REQUESTED,
                "Requested cannot be processed. Max " + max + " events are allowed in params.");
    }

    public static Problem limitTooLarge() {
        return new Problem(ErrorCode.INVALID_PAGE, "Limit cannot be greater than 100");
    }

    public static Problem invalidLimit() {
        return new Problem(ErrorCode.INVALID_PAGE, "Invalid limit");
    }

    public static Problem invalidOffset() {
        return new Problem(ErrorCode.INVALID_PAGE, "Invalid offset");
    }

    public static Problem invalidAlternateCurrencyNames() {
        return new Problem(ErrorCode.INVALID_ALTERNATE_CURRENCY_NAMES, "Invalid alternateCurrencyNames field value");
    }

    public static Problem customerNotFound() {
        return new Problem(ErrorCode.CUSTOMER_NOT_FOUND, "Customer not found for the given identifiers");
    }

    public static Problem userGroupNotFound(String identifierValue) {
        return new Problem(ErrorCode.USER_GROUP_NOT_FOUND,
                "group id/externalId/primary userId " + identifierValue + " passed is not valid");
    }

    public static Problem sourceValueCapturingDisabled() {
        return new Problem(ErrorCode.SOURCE_VALUE_CAPTURING_DISABLED,
                "Source value capturing status is disabled. Please enable it from org settings page");
    }

    public static Problem eventIdsNotFound(List<?> missingIds) {
        var ids = missingIds.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        return new Problem(ErrorCode.EVENT_IDS_NOT_FOUND, "Invalid identifiers found " + ids);
    }

    public static Problem eventReferenceIdsInvalid() {
        return new Problem(ErrorCode.EVENT_REFERENCE_IDS_INVALID, "Event reference IDs are invalid");
    }

    public static Problem eventDetailNotFound(long eventLogId) {
        return new Problem(ErrorCode.EVENT_DETAIL_NOT_FOUND, "Event detail not found for event log id " + eventLogId);
    }

    public static Problem ledgerUnavailable() {
        return new Problem(ErrorCode.LEDGER_UNAVAILABLE,
                "Error fetching points ledger data : getExplodeLedgerInfo failed and fallback failed");
    }

    /** 9018, the second case (revision 2, §5): currencies were asked for and the target orgs have none at all. */
    public static Problem noAlternateCurrency() {
        return new Problem(ErrorCode.ALTERNATE_CURRENCIES_NOT_FOUND, "no alternate currency found for org with given input params");
    }

    public static Problem alternateCurrenciesNotFound(List<String> names) {
        return new Problem(ErrorCode.ALTERNATE_CURRENCIES_NOT_FOUND,
                "alternate currencies not found with provided category filters, names: " + names);
    }
}

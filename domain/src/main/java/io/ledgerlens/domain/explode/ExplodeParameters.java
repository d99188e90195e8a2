package io.ledgerlens.domain.explode;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of one explode request, as sent: names are
 * case-sensitive, unknown names are ignored (§4 of the contract).
 *
 * @param values every parameter sent, by its case-sensitive name
 */
public record ExplodeParameters(Map<String, String> values) {

    /** How the subject is named: {@code mobile}, {@code email}, {@code externalId}, {@code id}, ... (required). */
    public static final String IDENTIFIER_NAME = "identifierName";
    /** The subject's mobile number, email, external id or id (required). */
    public static final String IDENTIFIER_VALUE = "identifierValue";
    /** The source the identifier was registered under, or {@code ALL} (required). */
    public static final String SOURCE = "source";
    /** Narrows the identifier to one account of a multi-account source. */
    public static final String ACCOUNT_ID = "accountId";
    /** The first selector: comma-separated event log ids, at most 100. */
    public static final String EVENT_IDS = "eventIds";
    /** With {@link #EVENT_REFERENCE_IDS}, the second selector: the events' name. */
    public static final String EVENT_NAME = "eventName";
    /** With {@link #EVENT_NAME}, the second selector: comma-separated reference ids, at most 10. */
    public static final String EVENT_REFERENCE_IDS = "eventReferenceIds";
    /** Flag: adds the bill, its lines and the point-in-time slabs to bill events. */
    public static final String GET_BILL_DETAILS = "getBillDetails";
    /** Flag: adds each allocation's category and strategies; needs source value capturing on (11019). */
    public static final String GET_POINTS_EARNED_BREAKUP = "getPointsEarnedBreakup";
    /** Flag: adds the org-defined fields. */
    public static final String GET_CUSTOM_FIELDS = "getCustomFields";
    /** Flag: adds the platform-defined fields. */
    public static final String GET_EXTENDED_FIELDS = "getExtendedFields";
    /** Flag: adds when promised points convert, on bill events that have them. */
    public static final String GET_MAX_CONVERSION_DETAILS = "getMaxConversionDetails";
    /** Flag: adds the payment modes; {@link #GET_PAYMENT_MODE} is the other accepted spelling. */
    public static final String GET_PAYMENT_MODES = "getPaymentModes";
    /** Flag: the singular spelling of {@link #GET_PAYMENT_MODES}, accepted alike. */
    public static final String GET_PAYMENT_MODE = "getPaymentMode";
    /** {@code CUSTOMER} (the default) or {@code USERGROUP2}. */
    public static final String TYPE = "type";
    /** Flag, with {@code USERGROUP2}: read the group's primary member's ledger instead of the group's. */
    public static final String IS_PRIMARY_USER = "isPrimaryUser";
    /** Flag: adds every alternate currency earned on the event. */
    public static final String INCLUDE_ALTERNATE_CURRENCIES = "includeAlternateCurrencies";
    /** Comma-separated names of the alternate currencies to add; ignored when all are included. */
    public static final String ALTERNATE_CURRENCY_NAMES = "alternateCurrencyNames";
    /** The 0-based page number; 0 when absent. */
    public static final String OFFSET = "offset";
    /** The page size, 1 to 100; 100 when absent. */
    public static final String LIMIT = "limit";

    /**
     * Keeps its own copy of the parameters.
     *
     * @param values every parameter sent, by its case-sensitive name
     */
    public ExplodeParameters {
        values = Map.copyOf(values);
    }

    /**
     * @param values every parameter sent, by its case-sensitive name
     * @return the parameters, unvalidated
     */
    public static ExplodeParameters of(Map<String, String> values) {
        return new ExplodeParameters(values);
    }

    /**
     * The value of a parameter that was sent and is not blank.
     *
     * @param name a parameter name, such as {@link #IDENTIFIER_NAME}
     * @return the value as sent, or empty when it is absent or blank
     */
    public Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    /**
     * The value exactly as sent, blank or not.
     *
     * @param name a parameter name
     * @return the value, or empty when it was not sent
     */
    public Optional<String> raw(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * A boolean flag: absent is false, values compare case-insensitively.
     *
     * @param name a flag's name, such as {@link #GET_BILL_DETAILS}
     * @return true only when the value is {@code true} in any case
     */
    public boolean flag(String name) {
        return text(name).map(v -> v.trim().toLowerCase(Locale.ROOT)).filter("true"::equals).isPresent();
    }
}

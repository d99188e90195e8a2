package io.ledgerlens.domain.explode;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of one explode request, as sent: names are
 * case-sensitive, unknown names are ignored (§4 of the contract).
 */
public record ExplodeParameters(Map<String, String> values) {

    public static final String IDENTIFIER_NAME = "identifierName";
    public static final String IDENTIFIER_VALUE = "identifierValue";
    public static final String SOURCE = "source";
    public static final String ACCOUNT_ID = "accountId";
    public static final String EVENT_IDS = "eventIds";
    public static final String EVENT_NAME = "eventName";
    public static final String EVENT_REFERENCE_IDS = "eventReferenceIds";
    public static final String GET_BILL_DETAILS = "getBillDetails";
    public static final String GET_POINTS_EARNED_BREAKUP = "getPointsEarnedBreakup";
    public static final String GET_CUSTOM_FIELDS = "getCustomFields";
    public static final String GET_EXTENDED_FIELDS = "getExtendedFields";
    public static final String GET_MAX_CONVERSION_DETAILS = "getMaxConversionDetails";
    public static final String GET_PAYMENT_MODES = "getPaymentModes";
    public static final String GET_PAYMENT_MODE = "getPaymentMode";
    public static final String TYPE = "type";
    public static final String IS_PRIMARY_USER = "isPrimaryUser";
    public static final String INCLUDE_ALTERNATE_CURRENCIES = "includeAlternateCurrencies";
    public static final String ALTERNATE_CURRENCY_NAMES = "alternateCurrencyNames";
    public static final String OFFSET = "offset";
    public static final String LIMIT = "limit";

    public ExplodeParameters {
        values = Map.copyOf(values);
    }

    public static ExplodeParameters of(Map<String, String> values) {
        return new ExplodeParameters(values);
    }

    /** The value of a parameter that was sent and is not blank. */
    public Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    /** The value exactly as sent, blank or not. */
    public Optional<String> raw(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A boolean flag: absent is false, values compare case-insensitively. */
    public boolean flag(String name) {
        return text(name).map(v -> v.trim().toLowerCase(Locale.ROOT)).filter("true"::equals).isPresent();
    }
}

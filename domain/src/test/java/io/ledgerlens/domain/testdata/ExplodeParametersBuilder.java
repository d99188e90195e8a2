package io.ledgerlens.domain.testdata;

import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_IDS;
import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_NAME;
import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_REFERENCE_IDS;
import static io.ledgerlens.domain.explode.ExplodeParameters.IDENTIFIER_NAME;
import static io.ledgerlens.domain.explode.ExplodeParameters.IDENTIFIER_VALUE;
import static io.ledgerlens.domain.explode.ExplodeParameters.SOURCE;

import io.ledgerlens.domain.explode.ExplodeParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Query parameters of an explode request, starting from one the contract
 * accepts, so that a test changes only what it is about.
 */
public final class ExplodeParametersBuilder {

    /** The event log id of the contract's example (§9). */
    public static final String EVENT_LOG_ID = "24732968";
    public static final String MOBILE = "919876543210";

    private final Map<String, String> values = new LinkedHashMap<>();

    private ExplodeParametersBuilder() {
    }

    /** A customer by mobile on INSTORE, one event by its log id: no problem with it. */
    public static ExplodeParametersBuilder aValidRequest() {
        return new ExplodeParametersBuilder()
                .with(IDENTIFIER_NAME, "mobile")
                .with(IDENTIFIER_VALUE, MOBILE)
                .with(SOURCE, "INSTORE")
                .with(EVENT_IDS, EVENT_LOG_ID);
    }

    /** No parameter at all. */
    public static ExplodeParametersBuilder anEmptyRequest() {
        return new ExplodeParametersBuilder();
    }

    public ExplodeParametersBuilder with(String name, String value) {
        values.put(name, Objects.requireNonNull(value, "a parameter sent has a value; use without() for absent"));
        return this;
    }

    public ExplodeParametersBuilder without(String... names) {
        for (var name : names) {
            values.remove(name);
        }
        return this;
    }

    public ExplodeParametersBuilder identifiedBy(String name, String value) {
        return with(IDENTIFIER_NAME, name).with(IDENTIFIER_VALUE, value);
    }

    /** Selects by event log ids only (the other selector removed). */
    public ExplodeParametersBuilder byEventIds(String ids) {
        return without(EVENT_NAME, EVENT_REFERENCE_IDS).with(EVENT_IDS, ids);
    }

    /** Selects by event name and reference ids only (the event ids removed). */
    public ExplodeParametersBuilder byReferences(String eventName, String referenceIds) {
        return without(EVENT_IDS).with(EVENT_NAME, eventName).with(EVENT_REFERENCE_IDS, referenceIds);
    }

    public ExplodeParameters build() {
        return ExplodeParameters.of(values);
    }

    /** {@code count} comma-separated positive integers, starting at {@code first}. */
    public static String commaSeparatedIds(long first, int count) {
        return IntStream.range(0, count).mapToObj(i -> Long.toString(first + i)).collect(Collectors.joining(","));
    }
}

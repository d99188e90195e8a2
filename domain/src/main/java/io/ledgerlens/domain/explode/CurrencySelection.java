package io.ledgerlens.domain.explode;

import java.util.List;

/**
 * Which alternate currencies to show: none, all of them, or those named.
 *
 * @param all whether every alternate currency was asked for ({@code includeAlternateCurrencies=true})
 * @param names the currencies asked for by name ({@code alternateCurrencyNames}), in request order; empty when
 *        {@code all}
 */
public record CurrencySelection(boolean all, List<String> names) {

    /**
     * Refuses a selection that is both all and named; keeps its own copy of the names.
     *
     * @param all whether every alternate currency was asked for ({@code includeAlternateCurrencies=true})
     * @param names the currencies asked for by name ({@code alternateCurrencyNames}), in request order; empty when
     *              {@code all}
     */
    public CurrencySelection {
        names = List.copyOf(names);
        if (all && !names.isEmpty()) {
            throw new IllegalArgumentException("all currencies, or named ones, not both");
        }
    }

    /** {@return the selection when neither currency parameter was sent: points only} */
    public static CurrencySelection none() {
        return new CurrencySelection(false, List.of());
    }

    /** {@return the selection of {@code includeAlternateCurrencies=true}: every currency earned on the event} */
    public static CurrencySelection everything() {
        return new CurrencySelection(true, List.of());
    }

    /**
     * @param names the names asked for, in request order, without repeats
     * @return the selection of {@code alternateCurrencyNames}
     */
    public static CurrencySelection named(List<String> names) {
        return new CurrencySelection(false, names);
    }

    /** {@return whether either currency parameter asked for anything, the condition of the 9018 warning} */
    public boolean isRequested() {
        return all || !names.isEmpty();
    }

    /**
     * @param currencyName an alternate currency's name
     * @return whether allocations in that currency are shown
     */
    public boolean includes(String currencyName) {
        return all || names.contains(currencyName);
    }
}

package io.ledgerlens.domain.explode;

import java.util.List;

/** Which alternate currencies to show: none, all of them, or those named. */
public record CurrencySelection(boolean all, List<String> names) {

    public CurrencySelection {
        names = List.copyOf(names);
        if (all && !names.isEmpty()) {
            throw new IllegalArgumentException("all currencies, or named ones, not both");
        }
    }

    public static CurrencySelection none() {
        return new CurrencySelection(false, List.of());
    }

    public static CurrencySelection everything() {
        return new CurrencySelection(true, List.of());
    }

    public static CurrencySelection named(List<String> names) {
        return new CurrencySelection(false, names);
    }

    public boolean isRequested() {
        return all || !names.isEmpty();
    }

    public boolean includes(String currencyName) {
        return all || names.contains(currencyName);
    }
}

package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.ALTERNATE_CURRENCY_NAMES;
import static io.ledgerlens.domain.explode.ExplodeParameters.INCLUDE_ALTERNATE_CURRENCIES;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * Alternate currencies: all of them, or those named. Names are ignored (and so
 * not checked) when all were asked for; otherwise an empty or malformed
 * element is 9005.
 */
final class CurrencyRules {

    private static final Pattern CURRENCY_NAME = Pattern.compile("[\\p{L}\\p{N} _.\\-]{1,100}");

    private CurrencyRules() {
    }

    static Validation<Seq<Problem>, CurrencySelection> currencies(ExplodeParameters p) {
        if (p.flag(INCLUDE_ALTERNATE_CURRENCIES)) {
            return Validation.valid(CurrencySelection.everything());
        }
        var names = p.raw(ALTERNATE_CURRENCY_NAMES);
        if (names.isEmpty()) {
            return Validation.valid(CurrencySelection.none());
        }
        var elements = SelectorRules.elements(names.get());
        if (elements.stream().anyMatch(name -> !CURRENCY_NAME.matcher(name).matches())) {
            return Validation.invalid(List.of(Problem.invalidAlternateCurrencyNames()));
        }
        return Validation.valid(CurrencySelection.named(elements.stream().distinct().toList()));
    }
}

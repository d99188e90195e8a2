package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.LIMIT;
import static io.ledgerlens.domain.explode.ExplodeParameters.OFFSET;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import java.util.regex.Pattern;

/** Pagination (ours, §4): 11006 for an offset or a limit out of range. */
final class PageRules {

    private PageRules() {
    }

    static Validation<Seq<Problem>, Page> page(ExplodeParameters p) {
        Validation<Problem, Integer> offset = p.raw(OFFSET)
                .map(text -> integer(text).filter(o -> o >= 0)
                        .<Validation<Problem, Integer>>map(Validation::valid)
                        .orElseGet(() -> Validation.invalid(Problem.invalidOffset())))
                .orElseGet(() -> Validation.valid(0));
        Validation<Problem, Integer> limit = p.raw(LIMIT).map(PageRules::limit)
                .orElseGet(() -> Validation.valid(Page.DEFAULT_LIMIT));
        return Validation.combine(offset, limit).ap(Page::new);
    }

    private static Validation<Problem, Integer> limit(String text) {
        var value = integer(text);
        if (value.isEmpty() && !text.isBlank() && text.strip().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Validation.invalid(Problem.limitTooLarge());
        }
        if (value.isEmpty() || value.get() < 1) {
            return Validation.invalid(Problem.invalidLimit());
        }
        return value.get() > Page.MAX_LIMIT ? Validation.invalid(Problem.limitTooLarge()) : Validation.valid(value.get());
    }

    /** ASCII digits only: Integer.parseInt would also read Arabic-Indic or full-width digits. */
    private static final Pattern ASCII_INTEGER = Pattern.compile("-?[0-9]{1,10}");

    private static Optional<Integer> integer(String text) {
        var stripped = text.strip();
        if (!ASCII_INTEGER.matcher(stripped).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(stripped));
        } catch (NumberFormatException notAnInteger) {
            return Optional.empty();
        }
    }
}

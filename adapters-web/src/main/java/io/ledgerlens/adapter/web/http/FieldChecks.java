package io.ledgerlens.adapter.web.http;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.text.StoredText;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The per-field checks of every write body, each a {@link Validation} of one field at its path: composed with
 * {@link #all}, a body reports every problem it has at once, in the order its fields are read. An absent optional
 * field is an empty {@link Optional}; a failure is always a problem, never {@code null}.
 */
public final class FieldChecks {

    /** The ledger keeps amounts and points exactly, with up to 18 integer and 6 fractional digits. */
    private static final int MAX_SCALE = 6;
    private static final int MAX_INTEGER_DIGITS = 18;
    /** The years a date or timestamp may fall in: what every database stores, and more than any ledger needs. */
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    private FieldChecks() {
    }

    public static <T> Validation<Seq<FieldProblem>, T> valid(T value) {
        return Validation.valid(value);
    }

    public static <T> Validation<Seq<FieldProblem>, T> problem(String field, String code, String message) {
        return Validation.invalid(io.vavr.collection.List.of(new FieldProblem(field, code, message)));
    }

    /** Valid (holding nothing of note) if {@code holds}, else the problem at {@code field}. */
    public static Validation<Seq<FieldProblem>, Boolean> rule(boolean holds, String field, String code, String message) {
        return holds ? valid(true) : problem(field, code, message);
    }

    /** Every problem of {@code parts}, in order; if there is none, what {@code whenValid} makes of them. */
    public static <T> Validation<Seq<FieldProblem>, T> all(List<Validation<Seq<FieldProblem>, ?>> parts,
                                                          Supplier<Validation<Seq<FieldProblem>, T>> whenValid) {
        // Every event read passes through here many times, nearly always valid: no list is built for that case.
        if (parts.stream().allMatch(Validation::isValid)) {
            return whenValid.get();
        }
        return Validation.invalid(io.vavr.collection.List.ofAll(parts).filter(Validation::isInvalid).flatMap(Validation::getError));
    }

    /** {@link #all} of the parts given. */
    @SafeVarargs
    public static <T> Validation<Seq<FieldProblem>, T> all(Supplier<Validation<Seq<FieldProblem>, T>> whenValid,
                                                          Validation<Seq<FieldProblem>, ?>... parts) {
        return all(Arrays.asList(parts), whenValid);
    }

    /**
     * Builds a domain value whose own rules may still refuse it (a promised award without conversion date, say),
     * as a problem at {@code field}.
     */
    public static <T> Validation<Seq<FieldProblem>, T> build(String field, Supplier<T> construction) {
        try {
            return valid(construction.get());
        } catch (IllegalArgumentException | NullPointerException refused) {
            return problem(field, FieldProblem.INVALID,
                    refused.getMessage() == null ? field + " is incomplete" : refused.getMessage());
        }
    }

    public static <T> Validation<Seq<FieldProblem>, T> required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return problem(field, FieldProblem.REQUIRED, field + " is required");
        }
        return valid(value);
    }

    /** {@code check} of {@code value} if there is one; an absent value is fine. */
    public static <I, T> Validation<Seq<FieldProblem>, Optional<T>> optional(I value,
                                                                             Function<I, Validation<Seq<FieldProblem>, T>> check) {
        return value == null ? valid(Optional.empty()) : check.apply(value).map(Optional::of);
    }

    /**
     * Printable text of at most {@code max} characters, counted as the database counts them ({@link StoredText}).
     * A control character (NUL above all) or half of a surrogate pair cannot be stored as text, so it is refused here.
     */
    public static Validation<Seq<FieldProblem>, String> fitting(String field, String value, int max) {
        return StoredText.fits(value, max) ? valid(value)
                : problem(field, FieldProblem.INVALID, field + " must be at most " + max + " printable characters");
    }

    public static Validation<Seq<FieldProblem>, Optional<String>> text(String field, String value, int max) {
        return optional(value, text -> fitting(field, text, max));
    }

    public static Validation<Seq<FieldProblem>, String> requiredText(String field, String value, int max) {
        return required(field, value).flatMap(text -> fitting(field, text, max));
    }

    /**
     * Whether {@code list} holds at most {@code max} items: checked before its items are read, so that an oversized
     * request costs no more than a refusal.
     */
    public static Validation<Seq<FieldProblem>, Boolean> atMost(String field, Collection<?> list, int max, String items) {
        return list == null || list.size() <= max ? valid(true)
                : problem(field, FieldProblem.INVALID, field + " holds at most " + max + " " + items + ", not " + list.size());
    }

    public static Validation<Seq<FieldProblem>, Long> positive(String field, Long value) {
        return value > 0 ? valid(value) : problem(field, FieldProblem.INVALID, field + " must be positive");
    }

    public static Validation<Seq<FieldProblem>, Long> requiredPositive(String field, Long value) {
        return required(field, value).flatMap(id -> positive(field, id));
    }

    /**
     * An amount or a number of points: not negative, and storable exactly
     * (more digits would be rounded by the database, which the ledger never does).
     */
    public static Validation<Seq<FieldProblem>, BigDecimal> amount(String field, BigDecimal value) {
        if (value.signum() < 0) {
            return problem(field, FieldProblem.INVALID, field + " must not be negative");
        }
        var exact = value.stripTrailingZeros();
        if (exact.scale() > MAX_SCALE || exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            return problem(field, FieldProblem.INVALID, field + " must have at most 18 digits before and 6 after the point");
        }
        return valid(value);
    }

    public static Validation<Seq<FieldProblem>, BigDecimal> requiredAmount(String field, BigDecimal value) {
        return required(field, value).flatMap(amount -> amount(field, amount));
    }

    /** An ISO-8601 timestamp with its offset, e.g. {@code 2024-03-26T10:38:00+05:30}, in the years 1 to 9999. */
    public static Validation<Seq<FieldProblem>, Instant> instant(String field, String value) {
        return parse(field, value, text -> inYears(OffsetDateTime.parse(text).toInstant(),
                        i -> i.atOffset(ZoneOffset.UTC).getYear()),
                () -> "an ISO-8601 timestamp with offset in the years 1 to 9999, e.g. 2024-03-26T10:38:00+05:30");
    }

    public static Validation<Seq<FieldProblem>, Instant> requiredInstant(String field, String value) {
        return required(field, value).flatMap(text -> instant(field, text));
    }

    /**
     * A positive 64-bit id, sent as a JSON number or as its digits, kept as its digits: §7.5 answers these ids as
     * integers, and events recorded before revision 2 of the contract keep the free text they were recorded with.
     */
    public static Validation<Seq<FieldProblem>, String> idDigits(String field, String value) {
        return parse(field, value, text -> {
            var id = Long.parseLong(text);
            if (id <= 0 || !text.equals(Long.toString(id))) {
                throw new IllegalArgumentException("not the digits of a positive id");
            }
            return text;
        }, () -> "a positive 64-bit integer, e.g. 9001");
    }

    /** A date, e.g. {@code 2024-03-31}, in the years 1 to 9999. */
    public static Validation<Seq<FieldProblem>, LocalDate> date(String field, String value) {
        return parse(field, value, text -> inYears(LocalDate.parse(text), LocalDate::getYear),
                () -> "a date in the years 1 to 9999, e.g. 2024-03-31");
    }

    public static <E extends Enum<E>> Validation<Seq<FieldProblem>, E> oneOf(String field, String value, Class<E> type) {
        return parse(field, value, text -> Enum.valueOf(type, text), () -> "one of " + Arrays.toString(type.getEnumConstants()));
    }

    public static <E extends Enum<E>> Validation<Seq<FieldProblem>, E> requiredOneOf(String field, String value, Class<E> type) {
        return required(field, value).flatMap(text -> oneOf(field, text, type));
    }

    /**
     * Each item of {@code inputs} (none if absent) read at its index under {@code field}: every item is required,
     * and every problem of every item is reported.
     */
    public static <I, T> Validation<Seq<FieldProblem>, List<T>> each(
            String field, List<I> inputs, BiFunction<String, I, Validation<Seq<FieldProblem>, T>> reader) {
        if (inputs == null) {
            return valid(List.of());
        }
        var items = new ArrayList<Validation<Seq<FieldProblem>, T>>();
        for (int i = 0; i < inputs.size(); i++) {
            var path = at(field, i);
            items.add(required(path, inputs.get(i)).flatMap(in -> reader.apply(path, in)));
        }
        return Validation.sequence(items).map(Seq::asJava);
    }

    public static String at(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    public static String at(String parent, int index) {
        return parent + "[" + index + "]";
    }

    private static <T> T inYears(T value, ToIntFunction<T> year) {
        int y = year.applyAsInt(value);
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw new IllegalArgumentException("year " + y + " is out of range");
        }
        return value;
    }

    /** {@code expected} is made only for a refusal: valid input, by far the most read, builds no message. */
    private static <T> Validation<Seq<FieldProblem>, T> parse(String field, String value, Function<String, T> parser,
                                                             Supplier<String> expected) {
        try {
            return valid(parser.apply(value));
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return problem(field, FieldProblem.INVALID, field + " must be " + expected.get());
        }
    }
}

package io.ledgerlens.adapter.web.http;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.text.StoredText;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * A field read without a problem.
     *
     * @param <T> what the field was read as
     * @param value what was read
     * @return the valid result
     */
    public static <T> Validation<Seq<FieldProblem>, T> valid(T value) {
        return Validation.valid(value);
    }

    /**
     * One problem at {@code field}, which the API answers as one item of its errors array.
     *
     * @param <T> what the field would have been read as
     * @param field the field's path in the body, e.g. {@code bill.lineItems[2].qty}
     * @param code the problem's stable code ({@link FieldProblem#REQUIRED}, {@link FieldProblem#INVALID}, ...)
     * @param message what is wrong, in words for the integrator
     * @return the invalid result
     */
    public static <T> Validation<Seq<FieldProblem>, T> problem(String field, String code, String message) {
        return Validation.invalid(io.vavr.collection.List.of(new FieldProblem(field, code, message)));
    }

    /**
     * Valid (holding nothing of note) if {@code holds}, else the problem at {@code field}.
     *
     * @param holds whether the rule holds
     * @param field the field's path in the body
     * @param code the problem's stable code
     * @param message what is wrong, in words for the integrator
     * @return the rule's result, to compose with {@link #all}
     */
    public static Validation<Seq<FieldProblem>, Boolean> rule(boolean holds, String field, String code, String message) {
        return holds ? valid(true) : problem(field, code, message);
    }

    /**
     * Every problem of {@code parts}, in order; if there is none, what {@code whenValid} makes of them.
     *
     * @param <T> what the body is read as
     * @param parts the checks of the body's fields, in the order its fields are read
     * @param whenValid builds the value once every part is valid (reading the parts' values)
     * @return the value, or every problem of every part
     */
    public static <T> Validation<Seq<FieldProblem>, T> all(List<Validation<Seq<FieldProblem>, ?>> parts,
                                                          Supplier<Validation<Seq<FieldProblem>, T>> whenValid) {
        // Every event read passes through here many times, nearly always valid: no list is built for that case.
        if (parts.stream().allMatch(Validation::isValid)) {
            return whenValid.get();
        }
        return Validation.invalid(io.vavr.collection.List.ofAll(parts).filter(Validation::isInvalid).flatMap(Validation::getError));
    }

    /**
     * {@link #all} of the parts given.
     *
     * @param <T> what the body is read as
     * @param whenValid builds the value once every part is valid
     * @param parts the checks of the body's fields, in the order its fields are read
     * @return the value, or every problem of every part
     */
    @SafeVarargs
    public static <T> Validation<Seq<FieldProblem>, T> all(Supplier<Validation<Seq<FieldProblem>, T>> whenValid,
                                                          Validation<Seq<FieldProblem>, ?>... parts) {
        return all(Arrays.asList(parts), whenValid);
    }

    /**
     * Builds a domain value whose own rules may still refuse it (a promised award without conversion date, say),
     * as a problem at {@code field}.
     *
     * @param <T> the domain value
     * @param field the path its refusal is reported at
     * @param construction builds it; an {@link IllegalArgumentException} or {@link NullPointerException} is a refusal
     * @return the value, or its refusal as an {@link FieldProblem#INVALID} problem
     */
    public static <T> Validation<Seq<FieldProblem>, T> build(String field, Supplier<T> construction) {
        try {
            return valid(construction.get());
        } catch (IllegalArgumentException | NullPointerException refused) {
            return problem(field, FieldProblem.INVALID,
                    refused.getMessage() == null ? field + " is incomplete" : refused.getMessage());
        }
    }

    /**
     * A field that must be present: neither absent nor, for text, blank.
     *
     * @param <T> what the field was read as
     * @param field the field's path in the body
     * @param value what was read; {@code null} if absent
     * @return the value, or a {@link FieldProblem#REQUIRED} problem
     */
    public static <T> Validation<Seq<FieldProblem>, T> required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return problem(field, FieldProblem.REQUIRED, field + " is required");
        }
        return valid(value);
    }

    /**
     * {@code check} of {@code value} if there is one; an absent value is fine.
     *
     * @param <I> the field as the body has it
     * @param <T> what it is read as
     * @param value the field; {@code null} if absent
     * @param check reads a present value
     * @return the value read, empty if absent, or the check's problems
     */
    public static <I, T> Validation<Seq<FieldProblem>, Optional<T>> optional(I value,
                                                                             Function<I, Validation<Seq<FieldProblem>, T>> check) {
        return value == null ? valid(Optional.empty()) : check.apply(value).map(Optional::of);
    }

    /**
     * Printable text of at most {@code max} characters, counted as the database counts them ({@link StoredText}).
     * A control character (NUL above all) or half of a surrogate pair cannot be stored as text, so it is refused here.
     *
     * @param field the field's path in the body
     * @param value the text, present
     * @param max the most characters its column holds
     * @return the text, or an {@link FieldProblem#INVALID} problem
     */
    public static Validation<Seq<FieldProblem>, String> fitting(String field, String value, int max) {
        return StoredText.fits(value, max) ? valid(value)
                : problem(field, FieldProblem.INVALID, field + " must be at most " + max + " printable characters");
    }

    /**
     * Optional text that {@link #fitting fits} its column.
     *
     * @param field the field's path in the body
     * @param value the text; {@code null} if absent
     * @param max the most characters its column holds
     * @return the text, empty if absent, or an {@link FieldProblem#INVALID} problem
     */
    public static Validation<Seq<FieldProblem>, Optional<String>> text(String field, String value, int max) {
        return optional(value, text -> fitting(field, text, max));
    }

    /**
     * Required text that {@link #fitting fits} its column.
     *
     * @param field the field's path in the body
     * @param value the text; {@code null} if absent
     * @param max the most characters its column holds
     * @return the text, or a {@link FieldProblem#REQUIRED} or {@link FieldProblem#INVALID} problem
     */
    public static Validation<Seq<FieldProblem>, String> requiredText(String field, String value, int max) {
        return required(field, value).flatMap(text -> fitting(field, text, max));
    }

    /**
     * Whether {@code list} holds at most {@code max} items: checked before its items are read, so that an oversized
     * request costs no more than a refusal.
     *
     * @param field the list's path in the body
     * @param list the list; {@code null} if absent, which is within any bound
     * @param max the most items it may hold
     * @param items what its items are called in the message, e.g. {@code "line items"}
     * @return valid, or an {@link FieldProblem#INVALID} problem naming the size
     */
    public static Validation<Seq<FieldProblem>, Boolean> atMost(String field, Collection<?> list, int max, String items) {
        return list == null || list.size() <= max ? valid(true)
                : problem(field, FieldProblem.INVALID, field + " holds at most " + max + " " + items + ", not " + list.size());
    }

    /**
     * An id or a count above zero.
     *
     * @param field the field's path in the body
     * @param value the number, present
     * @return the number, or an {@link FieldProblem#INVALID} problem
     */
    public static Validation<Seq<FieldProblem>, Long> positive(String field, Long value) {
        return value > 0 ? valid(value) : problem(field, FieldProblem.INVALID, field + " must be positive");
    }

    /**
     * A required id or count above zero.
     *
     * @param field the field's path in the body
     * @param value the number; {@code null} if absent
     * @return the number, or a {@link FieldProblem#REQUIRED} or {@link FieldProblem#INVALID} problem
     */
    public static Validation<Seq<FieldProblem>, Long> requiredPositive(String field, Long value) {
        return required(field, value).flatMap(id -> positive(field, id));
    }

    /**
     * An amount or a number of points: not negative, and storable exactly
     * (more digits would be rounded by the database, which the ledger never does).
     *
     * @param field the field's path in the body
     * @param value the amount, present
     * @return the amount as sent, or an {@link FieldProblem#INVALID} problem
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

    /**
     * A required {@link #amount}.
     *
     * @param field the field's path in the body
     * @param value the amount; {@code null} if absent
     * @return the amount, or a {@link FieldProblem#REQUIRED} or {@link FieldProblem#INVALID} problem
     */
    public static Validation<Seq<FieldProblem>, BigDecimal> requiredAmount(String field, BigDecimal value) {
        return required(field, value).flatMap(amount -> amount(field, amount));
    }

    /**
     * An ISO-8601 timestamp with its offset, e.g. {@code 2024-03-26T10:38:00+05:30}, in the years 1 to 9999.
     *
     * @param field the field's path in the body
     * @param value the timestamp's text, present
     * @return the instant, or an {@link FieldProblem#INVALID} problem that shows the expected form
     */
    public static Validation<Seq<FieldProblem>, Instant> instant(String field, String value) {
        return parse(field, value, text -> inYears(IsoTimestamps.instantOf(text),
                        i -> i.atOffset(ZoneOffset.UTC).getYear()),
                () -> "an ISO-8601 timestamp with offset in the years 1 to 9999, e.g. 2024-03-26T10:38:00+05:30");
    }

    /**
     * A required {@link #instant}.
     *
     * @param field the field's path in the body
     * @param value the timestamp's text; {@code null} if absent
     * @return the instant, or a {@link FieldProblem#REQUIRED} or {@link FieldProblem#INVALID} problem
     */
    public static Validation<Seq<FieldProblem>, Instant> requiredInstant(String field, String value) {
        return required(field, value).flatMap(text -> instant(field, text));
    }

    /**
     * A positive 64-bit id, sent as a JSON number or as its digits, kept as its digits: §7.5 answers these ids as
     * integers, and events recorded before revision 2 of the contract keep the free text they were recorded with.
     *
     * @param field the field's path in the body
     * @param value the id's digits, present
     * @return the digits, or an {@link FieldProblem#INVALID} problem
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

    /**
     * A date, e.g. {@code 2024-03-31}, in the years 1 to 9999.
     *
     * @param field the field's path in the body
     * @param value the date's text, present
     * @return the date, or an {@link FieldProblem#INVALID} problem that shows the expected form
     */
    public static Validation<Seq<FieldProblem>, LocalDate> date(String field, String value) {
        return parse(field, value, text -> inYears(LocalDate.parse(text), LocalDate::getYear),
                () -> "a date in the years 1 to 9999, e.g. 2024-03-31");
    }

    /**
     * One of the constants of {@code type}, spelled exactly as the constant is.
     *
     * @param <E> the enumeration
     * @param field the field's path in the body
     * @param value the constant's name, present
     * @param type the enumeration's class
     * @return the constant, or an {@link FieldProblem#INVALID} problem that lists every constant
     */
    public static <E extends Enum<E>> Validation<Seq<FieldProblem>, E> oneOf(String field, String value, Class<E> type) {
        return parse(field, value, text -> Enum.valueOf(type, text), () -> "one of " + Arrays.toString(type.getEnumConstants()));
    }

    /**
     * A required {@link #oneOf}.
     *
     * @param <E> the enumeration
     * @param field the field's path in the body
     * @param value the constant's name; {@code null} if absent
     * @param type the enumeration's class
     * @return the constant, or a {@link FieldProblem#REQUIRED} or {@link FieldProblem#INVALID} problem
     */
    public static <E extends Enum<E>> Validation<Seq<FieldProblem>, E> requiredOneOf(String field, String value, Class<E> type) {
        return required(field, value).flatMap(text -> oneOf(field, text, type));
    }

    /**
     * Each item of {@code inputs} (none if absent) read at its index under {@code field}: every item is required,
     * and every problem of every item is reported.
     *
     * @param <I> an item as the body has it
     * @param <T> what each item is read as
     * @param field the list's path in the body
     * @param inputs the items; {@code null} if the list is absent
     * @param reader reads one item, given its path ({@code field[i]})
     * @return the items read, in order, or every problem of every item
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

    /**
     * The path of a field inside another: {@code parent.child}, or {@code child} at the top of the body.
     *
     * @param parent the enclosing field's path; {@code ""} for the body itself
     * @param child the field's name
     * @return the field's path
     */
    public static String at(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    /**
     * The path of an item of a list: {@code parent[index]}.
     *
     * @param parent the list's path
     * @param index the item's index, from 0
     * @return the item's path
     */
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

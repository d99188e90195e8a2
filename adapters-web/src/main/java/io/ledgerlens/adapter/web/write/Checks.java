package io.ledgerlens.adapter.web.write;

import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.domain.text.StoredText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects every problem of one input, each at its field path, so that a
 * refusal lists them all at once. Each check returns the value, or
 * {@code null} after recording why it could not.
 */
public final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public void problem(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    public <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            problem(field, FieldProblem.REQUIRED, field + " is required");
            return null;
        }
        return value;
    }

    /**
     * Printable text of at most {@code max} characters, counted as the database counts them
     * ({@link StoredText}); {@code null} stays {@code null} (use required first). A control character (NUL above
     * all) or half of a surrogate pair cannot be stored as text, so it is refused here.
     */
    public String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (!StoredText.fits(value, max)) {
            problem(field, FieldProblem.INVALID, field + " must be at most " + max + " printable characters");
            return null;
        }
        return value;
    }

    public String requiredText(String field, String value, int max) {
        return text(field, required(field, value), max);
    }

    /**
     * Whether {@code list} holds at most {@code max} items, recording a problem at {@code field} if not:
     * checked before its items are read, so that an oversized request costs no more than a refusal.
     */
    public boolean atMost(String field, java.util.Collection<?> list, int max, String items) {
        if (list != null && list.size() > max) {
            problem(field, FieldProblem.INVALID, field + " holds at most " + max + " " + items + ", not " + list.size());
            return false;
        }
        return true;
    }

    public Long positive(String field, Long value) {
        if (value != null && value <= 0) {
            problem(field, FieldProblem.INVALID, field + " must be positive");
            return null;
        }
        return value;
    }

    /** The ledger keeps amounts and points exactly, with up to 18 integer and 6 fractional digits. */
    private static final int MAX_SCALE = 6;
    private static final int MAX_INTEGER_DIGITS = 18;

    /**
     * An amount or a number of points: not negative, and storable exactly
     * (more digits would be rounded by the database, which the ledger never does).
     */
    public BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        var exact = value.stripTrailingZeros();
        if (value.signum() < 0) {
            problem(field, FieldProblem.INVALID, field + " must not be negative");
            return null;
        }
        if (exact.scale() > MAX_SCALE || exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            problem(field, FieldProblem.INVALID, field + " must have at most 18 digits before and 6 after the point");
            return null;
        }
        return value;
    }

    /** The years a date or timestamp may fall in: what every database stores, and more than any ledger needs. */
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    /** An ISO-8601 timestamp with its offset, e.g. {@code 2024-03-26T10:38:00+05:30}, in the years 1 to 9999. */
    public Instant instant(String field, String value) {
        return parse(field, value, text -> inYears(OffsetDateTime.parse(text).toInstant(),
                        i -> i.atOffset(java.time.ZoneOffset.UTC).getYear()),
                "an ISO-8601 timestamp with offset in the years 1 to 9999, e.g. 2024-03-26T10:38:00+05:30");
    }

    /** A date, e.g. {@code 2024-03-31}, in the years 1 to 9999. */
    public LocalDate date(String field, String value) {
        return parse(field, value, text -> inYears(LocalDate.parse(text), LocalDate::getYear),
                "a date in the years 1 to 9999, e.g. 2024-03-31");
    }

    private static <T> T inYears(T value, java.util.function.ToIntFunction<T> year) {
        int y = year.applyAsInt(value);
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw new IllegalArgumentException("year " + y + " is out of range");
        }
        return value;
    }

    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        return parse(field, value, text -> Enum.valueOf(type, text), "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private <T> T parse(String field, String value, Function<String, T> parser, String expected) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            problem(field, FieldProblem.INVALID, field + " must be " + expected);
            return null;
        }
    }

    /**
     * Builds a domain value whose own rules may still refuse it (a promised
     * award without conversion date, say), recording the refusal at {@code field}.
     * Runs only when every part checked before was fine, to report causes, not consequences.
     */
    public <T> Optional<T> build(String field, int problemsBefore, Supplier<T> construction) {
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        try {
            return Optional.of(construction.get());
        } catch (IllegalArgumentException | NullPointerException refused) {
            problem(field, FieldProblem.INVALID, refused.getMessage() == null ? field + " is incomplete" : refused.getMessage());
            return Optional.empty();
        }
    }

    public int count() {
        return problems.size();
    }

    public static String at(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    public static String at(String parent, int index) {
        return parent + "[" + index + "]";
    }
}

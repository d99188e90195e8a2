package io.ledgerlens.application.port.in;

import java.util.Objects;

/**
 * One thing wrong with a write: where ({@code bill.lineItems[0].qty}), what
 * kind of problem (a stable code clients can match on), and a message for people.
 */
public record FieldProblem(String field, String code, String message) {

    public static final String REQUIRED = "REQUIRED";
    public static final String INVALID = "INVALID";
    public static final String UNKNOWN = "UNKNOWN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String NOT_ALLOWED = "NOT_ALLOWED";

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}

package io.ledgerlens.application.port.in.registration;

import java.util.Objects;

/**
 * One thing wrong with a write: where ({@code bill.lineItems[0].qty}), what
 * kind of problem (a stable code clients can match on), and a message for people.
 *
 * @param field   the path of the field at fault, as the client wrote it; empty for the write as a whole
 * @param code    one of the codes below
 * @param message what is wrong, for people; clients match on {@code code}, never on this
 */
public record FieldProblem(String field, String code, String message) {

    /** The field is missing or empty, and the write needs it. */
    public static final String REQUIRED = "REQUIRED";
    /** The value is malformed, out of range, or more than the store holds. */
    public static final String INVALID = "INVALID";
    /** The name is none the contract knows: a field, an event name, a kind of registration. */
    public static final String UNKNOWN = "UNKNOWN";
    /** What the field names is not registered: an org, a customer, a group, a tier's program. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** The caller may not do this here: write in another org, or change what is the operator's. */
    public static final String NOT_ALLOWED = "NOT_ALLOWED";
    /** The id is another org's: an org that is not the caller's or its child, another org's customer or group. */
    public static final String OTHER_ORG = "OTHER_ORG";
    /** Registered to someone else already: an identifier, a currency name, a group's external id. */
    public static final String TAKEN = "TAKEN";
    /** Connecting the org would make it its own ancestor. */
    public static final String CYCLE = "CYCLE";
    /** The org is connected to another parent already. */
    public static final String ALREADY_CONNECTED = "ALREADY_CONNECTED";
    /** The org is not the child of the parent named. */
    public static final String NOT_CONNECTED = "NOT_CONNECTED";

    /** A return gives back more than its bill bought, counting earlier returns. */
    public static final String EXCEEDS_PURCHASE = "EXCEEDS_PURCHASE";

    /**
     * Refuses a missing field, code or message.
     *
     * @param field   the path of the field at fault, as the client wrote it; empty for the write as a whole
     * @param code    one of the codes below
     * @param message what is wrong, for people; clients match on {@code code}, never on this
     */
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}

package io.ledgerlens.application.port.out;

import java.util.Objects;

/**
 * Thrown by an out-port implementation when the ledger store refuses a value
 * it was given (too long for its column, out of its range, against one of its
 * checks): the input is at fault, not the store, so trying again cannot help.
 * {@link #part()} says which part of what was written the store refused, as
 * far as the implementation can tell. Nothing was written.
 *
 * <p>The door should make this impossible (every limit of the API is its
 * column's); this is the second line. It is a {@link LedgerUnavailableException}
 * so that a caller that does not tell the two apart still answers as for a
 * store that cannot take the write, never with a failure of its own; the write
 * use cases do tell them apart and refuse the value at its field.
 */
public class LedgerRefusedException extends LedgerUnavailableException {

    /** The part of a write the store refused a value of. */
    public enum Part {
        /** The event's own row: its unique id, reference, time, till. */
        EVENT,
        BILL,
        LINE_ITEMS,
        /** Points or currency awarded at any level. */
        AWARDS,
        CUSTOM_FIELDS,
        EXTENDED_FIELDS,
        PAYMENT_MODES,
        /** The point-in-time tiers. */
        TIERS,
        /** The block of the event's kind (goodwill, redemption, transfer, ...). */
        EVENT_DETAIL,
        /** Programs, categories, strategies, promotions, currencies, tills, tiers. */
        REFERENCE_DATA,
        CUSTOMER,
        IDENTIFIERS,
        USER_GROUP,
        MEMBERS,
        ORG,
        /** The store did not say. */
        UNKNOWN
    }

    private final Part part;

    public LedgerRefusedException(Part part, Throwable cause) {
        super("the ledger store refused a value of " + part, cause);
        this.part = Objects.requireNonNull(part, "part");
    }

    public Part part() {
        return part;
    }
}

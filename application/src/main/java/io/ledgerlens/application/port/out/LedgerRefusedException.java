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
        /** The bill's header: its number, amounts, note, date. */
        BILL,
        /** The bill's line items. */
        LINE_ITEMS,
        /** Points or currency awarded at any level. */
        AWARDS,
        /** The event's custom fields. */
        CUSTOM_FIELDS,
        /** The event's extended fields. */
        EXTENDED_FIELDS,
        /** The event's payment modes. */
        PAYMENT_MODES,
        /** The point-in-time tiers. */
        TIERS,
        /** The block of the event's kind (goodwill, redemption, transfer, ...). */
        EVENT_DETAIL,
        /** Programs, categories, strategies, promotions, currencies, tills, tiers. */
        REFERENCE_DATA,
        /** A customer's own row: its id and names. */
        CUSTOMER,
        /** A customer's identifiers: mobile, email, external id and the like, by source and account. */
        IDENTIFIERS,
        /** A user group's own row: its external id and name. */
        USER_GROUP,
        /** A user group's members. */
        MEMBERS,
        /** An org's row: its name, time zone and parent. */
        ORG,
        /** The store did not say. */
        UNKNOWN
    }

    /** Which part of the write held the refused value. */
    private final Part part;

    /**
     * A refusal of a value of {@code part}.
     *
     * @param part  which part of the write held the refused value; {@link Part#UNKNOWN} when the store did not say
     * @param cause the store's own error, for logs only
     */
    public LedgerRefusedException(Part part, Throwable cause) {
        super("the ledger store refused a value of " + part, cause);
        this.part = Objects.requireNonNull(part, "part");
    }

    /**
     * Which part of the write the store refused, so that a write use case can refuse the value at its field.
     *
     * @return the part, never {@code null}
     */
    public Part part() {
        return part;
    }
}

package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.out.LedgerRefusedException.Part;
import io.ledgerlens.domain.event.LedgerEvent;
import java.util.Locale;

/**
 * Says where a value the store refused was sent: the field of the part the
 * store named, as precisely as it named it (a list, a block, or the request
 * as a whole). Never the store's own words: no SQL reaches a client.
 */
final class RefusedValues {

    private static final String WHY = " holds a value the ledger cannot store (too long, out of range or not allowed);"
            + " nothing was written";

    private RefusedValues() {
    }

    static FieldProblem inEvent(LedgerEvent event, Part part) {
        var awards = event.bill().isPresent() ? "bill" : "allocations";
        var field = switch (part) {
            case BILL -> "bill";
            case LINE_ITEMS -> "bill.lineItems";
            case AWARDS, REFERENCE_DATA -> awards;
            case CUSTOM_FIELDS -> "customFields";
            case EXTENDED_FIELDS -> "extendedFields";
            case PAYMENT_MODES -> "paymentModes";
            case TIERS -> "pointInTimeSlabs";
            default -> "";
        };
        var what = part == Part.EVENT_DETAIL ? "the event's " + event.name().wireName() + " details"
                : field.isEmpty() ? "the event" : field;
        return new FieldProblem(field, FieldProblem.INVALID, what + WHY);
    }

    static FieldProblem inRegistration(Part part) {
        var field = switch (part) {
            case IDENTIFIERS -> "identifiers";
            case MEMBERS -> "members";
            default -> "";
        };
        return new FieldProblem(field, FieldProblem.INVALID,
                (field.isEmpty() ? "the " + part.name().toLowerCase(Locale.ROOT).replace('_', ' ') : field) + WHY);
    }
}

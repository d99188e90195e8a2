package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer's or group's bill number, within the org of a unit of work: what a return is checked against.
 *
 * @param subject    the customer or user group that bought, or returns
 * @param billNumber the bill's number as the till wrote it
 */
public record BillOfSubject(EventSubject subject, String billNumber) {

    /**
     * Refuses a missing subject or number.
     *
     * @param subject    the customer or user group that bought, or returns
     * @param billNumber the bill's number as the till wrote it
     */
    public BillOfSubject {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(billNumber, "billNumber");
    }

    /**
     * The bill {@code event} gives back, if it is a return.
     *
     * @param event any event
     * @return the returned bill of the event's subject; empty when the event is no return
     */
    public static Optional<BillOfSubject> returnedBy(LedgerEvent event) {
        return event.returnedBillNumber().map(number -> new BillOfSubject(event.subject(), number));
    }

    /**
     * The bill {@code event} is, if it is a purchase.
     *
     * @param event any event
     * @return the bought bill of the event's subject; empty when the event is no purchase
     */
    public static Optional<BillOfSubject> boughtBy(LedgerEvent event) {
        return event.isPurchase()
                ? Optional.of(new BillOfSubject(event.subject(), event.bill().orElseThrow().billNumber()))
                : Optional.empty();
    }
}

package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import java.util.Objects;
import java.util.Optional;

/** One customer's or group's bill number, within the org of a unit of work: what a return is checked against. */
public record BillOfSubject(EventSubject subject, String billNumber) {

    public BillOfSubject {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(billNumber, "billNumber");
    }

    /** The bill {@code event} gives back, if it is a return. */
    public static Optional<BillOfSubject> returnedBy(LedgerEvent event) {
        return event.returnedBillNumber().map(number -> new BillOfSubject(event.subject(), number));
    }

    /** The bill {@code event} is, if it is a purchase. */
    public static Optional<BillOfSubject> boughtBy(LedgerEvent event) {
        return event.isPurchase()
                ? Optional.of(new BillOfSubject(event.subject(), event.bill().orElseThrow().billNumber()))
                : Optional.empty();
    }
}

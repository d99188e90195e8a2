package io.ledgerlens.domain.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * On a {@code ReturnBill} event: what was returned, when, and of which original bill.
 *
 * @param returnDate when the return was made
 * @param returnAmount the money given back
 * @param returnType how the return undid the bill
 * @param returnBillId the number of the original bill the return gives (part of) back, as the domain keys
 *        returns by it ({@link LedgerEvent#returnedBillNumber()})
 */
@ValueObject
public record BillReturn(Instant returnDate, BigDecimal returnAmount, ReturnType returnType, String returnBillId) {

    /**
     * Refuses a missing field.
     *
     * @param returnDate when the return was made
     * @param returnAmount the money given back
     * @param returnType how the return undid the bill
     * @param returnBillId the number of the original bill the return gives (part of) back, as the domain keys
     *                     returns by it ({@link LedgerEvent#returnedBillNumber()})
     */
    public BillReturn {
        Objects.requireNonNull(returnDate, "returnDate");
        Objects.requireNonNull(returnAmount, "returnAmount");
        Objects.requireNonNull(returnType, "returnType");
        Objects.requireNonNull(returnBillId, "returnBillId");
    }
}

package io.ledgerlens.domain.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** On a {@code ReturnBill} event: what was returned, when, and of which original bill. */
@ValueObject
public record BillReturn(Instant returnDate, BigDecimal returnAmount, ReturnType returnType, String returnBillId) {

    public BillReturn {
        Objects.requireNonNull(returnDate, "returnDate");
        Objects.requireNonNull(returnAmount, "returnAmount");
        Objects.requireNonNull(returnType, "returnType");
        Objects.requireNonNull(returnBillId, "returnBillId");
    }
}

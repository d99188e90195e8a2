package io.ledgerlens.domain.event;

import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** On a returned line item: the amount, rate, quantity and value given back. */
@ValueObject
public record LineItemReturn(BigDecimal returnAmount, BigDecimal returnRate, BigDecimal returnQty,
                             BigDecimal returnValue, String serialNumber) {

    public LineItemReturn {
        Objects.requireNonNull(returnAmount, "returnAmount");
        Objects.requireNonNull(returnRate, "returnRate");
        Objects.requireNonNull(returnQty, "returnQty");
        Objects.requireNonNull(returnValue, "returnValue");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }
}

package io.ledgerlens.domain.event;

import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * On a returned line item: the amount, rate, quantity and value given back.
 *
 * @param returnAmount the money given back for the line ({@code returnAmount})
 * @param returnRate the unit price the return was made at ({@code returnRate})
 * @param returnQty how many units were given back; counted against what the bill bought
 * @param returnValue the returned value, as the till sent it ({@code returnValue})
 * @param serialNumber the returned item's serial number, as the till sent it
 */
@ValueObject
public record LineItemReturn(BigDecimal returnAmount, BigDecimal returnRate, BigDecimal returnQty,
                             BigDecimal returnValue, String serialNumber) {

    /**
     * Refuses a missing field.
     *
     * @param returnAmount the money given back for the line ({@code returnAmount})
     * @param returnRate the unit price the return was made at ({@code returnRate})
     * @param returnQty how many units were given back; counted against what the bill bought
     * @param returnValue the returned value, as the till sent it ({@code returnValue})
     * @param serialNumber the returned item's serial number, as the till sent it
     */
    public LineItemReturn {
        Objects.requireNonNull(returnAmount, "returnAmount");
        Objects.requireNonNull(returnRate, "returnRate");
        Objects.requireNonNull(returnQty, "returnQty");
        Objects.requireNonNull(returnValue, "returnValue");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }
}

package io.ledgerlens.domain.event;

import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How (part of) a bill was paid: "CASH", "UPI", and the amount paid that way.
 *
 * @param name the mode, as the till names it
 * @param amount the part of the bill paid that way
 */
@ValueObject
public record PaymentMode(String name, BigDecimal amount) {

    /**
     * Refuses a blank name and a missing amount.
     *
     * @param name the mode, as the till names it
     * @param amount the part of the bill paid that way
     */
    public PaymentMode {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a payment mode needs a name");
        }
        Objects.requireNonNull(amount, "amount");
    }
}

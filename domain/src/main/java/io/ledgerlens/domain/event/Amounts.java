package io.ledgerlens.domain.event;

import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a bill or a line item cost: gross, the discount on it, and what was paid.
 *
 * @param gross the price before discount
 * @param discount the discount given on it
 * @param net what was paid: the contract's {@code billAmount} on a bill, {@code amount} on a line
 */
@ValueObject
public record Amounts(BigDecimal gross, BigDecimal discount, BigDecimal net) {

    /**
     * Refuses a missing amount; the three are taken as given, not checked against each other.
     *
     * @param gross the price before discount
     * @param discount the discount given on it
     * @param net what was paid: the contract's {@code billAmount} on a bill, {@code amount} on a line
     */
    public Amounts {
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(net, "net");
    }

    /**
     * Amounts from their decimal text, scale kept as written.
     *
     * @param gross the price before discount, such as {@code "300.00"}
     * @param discount the discount
     * @param net what was paid
     * @return the amounts
     */
    public static Amounts of(String gross, String discount, String net) {
        return new Amounts(new BigDecimal(gross), new BigDecimal(discount), new BigDecimal(net));
    }
}

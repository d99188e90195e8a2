package io.ledgerlens.domain.event;

import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** What a bill or a line item cost: gross, the discount on it, and what was paid. */
@ValueObject
public record Amounts(BigDecimal gross, BigDecimal discount, BigDecimal net) {

    public Amounts {
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(net, "net");
    }

    public static Amounts of(String gross, String discount, String net) {
        return new Amounts(new BigDecimal(gross), new BigDecimal(discount), new BigDecimal(net));
    }
}

package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** The rule that set when an allocation's points expire ("NUM_MONTHS_END12"). */
@ValueObject
public record ExpiryStrategy(long id, String name, ExpiryType type) {

    public ExpiryStrategy {
        ReferenceRules.requirePositiveId(id, "ExpiryStrategy");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}

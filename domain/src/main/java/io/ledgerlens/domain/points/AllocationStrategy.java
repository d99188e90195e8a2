package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** The rule that computed an allocation ("10 percent of the bill"). */
@ValueObject
public record AllocationStrategy(long id, String name) {

    public AllocationStrategy {
        ReferenceRules.requirePositiveId(id, "AllocationStrategy");
        Objects.requireNonNull(name, "name");
    }
}

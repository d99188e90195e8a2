package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Under which program, category and strategies an allocation was made: the
 * "why" of an award that a points breakup shows.
 */
@ValueObject
public record AllocationRule(Program program, PointsCategory category, AllocationStrategy allocationStrategy,
                             ExpiryStrategy expiryStrategy) {

    public AllocationRule {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(allocationStrategy, "allocationStrategy");
        Objects.requireNonNull(expiryStrategy, "expiryStrategy");
    }
}

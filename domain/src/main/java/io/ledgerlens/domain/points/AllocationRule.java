package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Under which program, category and strategies an allocation was made: the
 * "why" of an award that a points breakup shows.
 *
 * @param program the program the points were earned under
 * @param category the category they were booked into
 * @param allocationStrategy the rule that computed them
 * @param expiryStrategy the rule that set when they lapse
 */
@ValueObject
public record AllocationRule(Program program, PointsCategory category, AllocationStrategy allocationStrategy,
                             ExpiryStrategy expiryStrategy) {

    /**
     * Refuses a missing part.
     *
     * @param program the program the points were earned under
     * @param category the category they were booked into
     * @param allocationStrategy the rule that computed them
     * @param expiryStrategy the rule that set when they lapse
     */
    public AllocationRule {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(allocationStrategy, "allocationStrategy");
        Objects.requireNonNull(expiryStrategy, "expiryStrategy");
    }
}

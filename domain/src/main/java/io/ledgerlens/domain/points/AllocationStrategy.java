package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The rule that computed an allocation ("10 percent of the bill").
 *
 * @param id the strategy's id in the org's reference data
 * @param name the strategy's name, as the breakup shows it
 */
@ValueObject
public record AllocationStrategy(long id, String name) {

    /**
     * Refuses an id that is not positive and a missing name.
     *
     * @param id the strategy's id in the org's reference data
     * @param name the strategy's name, as the breakup shows it
     */
    public AllocationStrategy {
        ReferenceRules.requirePositiveId(id, "AllocationStrategy");
        Objects.requireNonNull(name, "name");
    }
}

package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The rule that set when an allocation's points expire ("NUM_MONTHS_END12").
 *
 * @param id the strategy's id in the org's reference data
 * @param name the strategy's name, as the breakup shows it
 * @param type whether it expires points on a fixed date or a rolling window
 */
@ValueObject
public record ExpiryStrategy(long id, String name, ExpiryType type) {

    /**
     * Refuses an id that is not positive and a missing name or type.
     *
     * @param id the strategy's id in the org's reference data
     * @param name the strategy's name, as the breakup shows it
     * @param type whether it expires points on a fixed date or a rolling window
     */
    public ExpiryStrategy {
        ReferenceRules.requirePositiveId(id, "ExpiryStrategy");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}

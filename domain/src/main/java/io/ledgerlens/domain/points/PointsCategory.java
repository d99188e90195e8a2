package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A bucket of points (main, bonus, ...) an allocation is booked into.
 *
 * @param id the category's id in the org's reference data
 * @param name the category's name, as the breakup shows it
 */
@ValueObject
public record PointsCategory(long id, String name) {

    /**
     * Refuses an id that is not positive and a missing name.
     *
     * @param id the category's id in the org's reference data
     * @param name the category's name, as the breakup shows it
     */
    public PointsCategory {
        ReferenceRules.requirePositiveId(id, "PointsCategory");
        Objects.requireNonNull(name, "name");
    }
}

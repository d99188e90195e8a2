package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A loyalty program points are earned under; one per org is the default.
 *
 * @param id the program's id in the org's reference data
 * @param name the program's name
 * @param isDefault whether this is the org's default program
 */
@ValueObject
public record Program(long id, String name, boolean isDefault) {

    /**
     * Refuses an id that is not positive and a missing name.
     *
     * @param id the program's id in the org's reference data
     * @param name the program's name
     * @param isDefault whether this is the org's default program
     */
    public Program {
        ReferenceRules.requirePositiveId(id, "Program");
        Objects.requireNonNull(name, "name");
    }
}

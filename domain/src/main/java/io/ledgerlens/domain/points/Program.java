package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A loyalty program points are earned under; one per org is the default. */
@ValueObject
public record Program(long id, String name, boolean isDefault) {

    public Program {
        ReferenceRules.requirePositiveId(id, "Program");
        Objects.requireNonNull(name, "name");
    }
}

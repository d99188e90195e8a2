package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A bucket of points (main, bonus, ...) an allocation is booked into. */
@ValueObject
public record PointsCategory(long id, String name) {

    public PointsCategory {
        ReferenceRules.requirePositiveId(id, "PointsCategory");
        Objects.requireNonNull(name, "name");
    }
}

package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A promotion that awarded promo points, with its optional running period. */
@ValueObject
public record Promotion(long id, String name, java.util.Optional<java.time.LocalDate> startDate, java.util.Optional<java.time.LocalDate> endDate) {

    public Promotion {
        ReferenceRules.requirePositiveId(id, "Promotion");
        Objects.requireNonNull(name, "name");
    }
}

package io.ledgerlens.domain.points;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/** A promotion that awarded promo points, with its optional running period. */
@ValueObject
public record Promotion(long id, String name, Optional<LocalDate> startDate, Optional<LocalDate> endDate) {

    public Promotion {
        ReferenceRules.requirePositiveId(id, "Promotion");
        Objects.requireNonNull(name, "name");
    }
}

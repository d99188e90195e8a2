package io.ledgerlens.domain.points;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A promotion that awarded promo points, with its optional running period.
 *
 * @param id the promotion's id in the org's reference data
 * @param name the promotion's name
 * @param startDate the first day it runs, if it has one
 * @param endDate the last day it runs, if it has one
 */
@ValueObject
public record Promotion(long id, String name, Optional<LocalDate> startDate, Optional<LocalDate> endDate) {

    /**
     * Refuses an id that is not positive and a missing name.
     *
     * @param id the promotion's id in the org's reference data
     * @param name the promotion's name
     * @param startDate the first day it runs, if it has one
     * @param endDate the last day it runs, if it has one
     */
    public Promotion {
        ReferenceRules.requirePositiveId(id, "Promotion");
        Objects.requireNonNull(name, "name");
    }
}

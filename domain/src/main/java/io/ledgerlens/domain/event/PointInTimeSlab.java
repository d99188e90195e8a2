package io.ledgerlens.domain.event;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The tier (slab) the customer held in one program at the moment an event happened.
 *
 * @param slabNumber the tier's number in its program, from 1 ({@code pointInTimeSlabNumber})
 * @param slabName the tier's name then ({@code pointInTimeSlabName})
 * @param programId the program the tier belongs to
 * @param defaultProgram whether that program is the org's default ({@code isDefaultProgram})
 */
@ValueObject
public record PointInTimeSlab(int slabNumber, String slabName, long programId, boolean defaultProgram) {

    /**
     * Refuses a missing slab name.
     *
     * @param slabNumber the tier's number in its program, from 1 ({@code pointInTimeSlabNumber})
     * @param slabName the tier's name then ({@code pointInTimeSlabName})
     * @param programId the program the tier belongs to
     * @param defaultProgram whether that program is the org's default ({@code isDefaultProgram})
     */
    public PointInTimeSlab {
        Objects.requireNonNull(slabName, "slabName");
    }
}

package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A tier (slab) of a program: customers climb from slab 1 upwards. Events keep
 * a snapshot of the tier a customer held ({@code PointInTimeSlab}); this is the
 * program's own list.
 *
 * @param programId the program the tier belongs to
 * @param slabNumber the tier's place in the program, from 1
 * @param name the tier's name
 */
@ValueObject
public record Tier(long programId, int slabNumber, String name) {

    /**
     * Refuses a program id that is not positive, a slab number below 1 and a missing name.
     *
     * @param programId the program the tier belongs to
     * @param slabNumber the tier's place in the program, from 1
     * @param name the tier's name
     */
    public Tier {
        ReferenceRules.requirePositiveId(programId, "Program");
        if (slabNumber <= 0) {
            throw new IllegalArgumentException("slab numbers start at 1, was " + slabNumber);
        }
        Objects.requireNonNull(name, "name");
    }
}

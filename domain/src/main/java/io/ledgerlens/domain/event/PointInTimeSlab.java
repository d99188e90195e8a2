package io.ledgerlens.domain.event;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** The tier (slab) the customer held in one program at the moment an event happened. */
@ValueObject
public record PointInTimeSlab(int slabNumber, String slabName, long programId, boolean defaultProgram) {

    public PointInTimeSlab {
        Objects.requireNonNull(slabName, "slabName");
    }
}

package io.ledgerlens.domain.org;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A point of sale of an org (a store counter, a web shop); events name the till they came through. */
@ValueObject
public record Till(long id, String code) {

    public Till {
        if (id <= 0) {
            throw new IllegalArgumentException("till id must be positive, was " + id);
        }
        Objects.requireNonNull(code, "code");
    }
}

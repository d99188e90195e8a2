package io.ledgerlens.domain.org;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A point of sale of an org (a store counter, a web shop); events name the till they came through.
 *
 * @param id the till's id, what events carry as {@code tillId}
 * @param code the org's code for the till
 */
@ValueObject
public record Till(long id, String code) {

    /**
     * Refuses an id that is not positive and a missing code.
     *
     * @param id the till's id, what events carry as {@code tillId}
     * @param code the org's code for the till
     */
    public Till {
        if (id <= 0) {
            throw new IllegalArgumentException("till id must be positive, was " + id);
        }
        Objects.requireNonNull(code, "code");
    }
}

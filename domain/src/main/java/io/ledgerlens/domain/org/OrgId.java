package io.ledgerlens.domain.org;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Identifies an org (a tenant). Every ledger row belongs to exactly one.
 *
 * @param value the org's positive id
 */
@ValueObject
public record OrgId(long value) {

    /**
     * Refuses an id that is not positive.
     *
     * @param value the org's positive id
     */
    public OrgId {
        if (value <= 0) {
            throw new IllegalArgumentException("org id must be positive, was " + value);
        }
    }

    /**
     * @param value the org's positive id
     * @return the org's id
     */
    public static OrgId of(long value) {
        return new OrgId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package io.ledgerlens.domain.org;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies an org (a tenant). Every ledger row belongs to exactly one. */
@ValueObject
public record OrgId(long value) {

    public OrgId {
        if (value <= 0) {
            throw new IllegalArgumentException("org id must be positive, was " + value);
        }
    }

    public static OrgId of(long value) {
        return new OrgId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

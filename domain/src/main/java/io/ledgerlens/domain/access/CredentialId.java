package io.ledgerlens.domain.access;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies a credential; tokens name the credential they were issued to by it. */
@ValueObject
public record CredentialId(long value) {

    public CredentialId {
        if (value <= 0) {
            throw new IllegalArgumentException("credential id must be positive, was " + value);
        }
    }

    public static CredentialId of(long value) {
        return new CredentialId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

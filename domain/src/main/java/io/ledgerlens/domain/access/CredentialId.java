package io.ledgerlens.domain.access;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Identifies a credential; tokens name the credential they were issued to by it.
 *
 * @param value the store's positive id of the credential
 */
@ValueObject
public record CredentialId(long value) {

    /**
     * Refuses an id that is not positive.
     *
     * @param value the store's positive id of the credential
     */
    public CredentialId {
        if (value <= 0) {
            throw new IllegalArgumentException("credential id must be positive, was " + value);
        }
    }

    /**
     * @param value the store's positive id of the credential
     * @return the credential's id
     */
    public static CredentialId of(long value) {
        return new CredentialId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

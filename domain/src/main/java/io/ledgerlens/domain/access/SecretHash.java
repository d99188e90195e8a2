package io.ledgerlens.domain.access;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A slow, salted hash of a credential's secret in its self-describing text
 * form (for Argon2id, the PHC string {@code $argon2id$v=19$m=...}). The secret
 * itself is never kept.
 *
 * @param encoded the hash in its self-describing text form (a PHC string for Argon2id)
 */
@ValueObject
public record SecretHash(String encoded) {

    /**
     * Refuses a blank hash.
     *
     * @param encoded the hash in its self-describing text form (a PHC string for Argon2id)
     */
    public SecretHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("a secret hash cannot be blank");
        }
    }

    @Override
    public String toString() {
        return "SecretHash[hidden]";
    }
}

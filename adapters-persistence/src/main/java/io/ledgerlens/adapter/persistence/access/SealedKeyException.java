package io.ledgerlens.adapter.persistence.access;

/**
 * A stored secret that the key-encryption keys given cannot open: sealed
 * under another key, altered, or (from an earlier version) not sealed at all.
 * A configuration to fix, not a state to run in: the message says which keys
 * were involved, by fingerprint, and nothing secret.
 */
public final class SealedKeyException extends IllegalStateException {

    /**
     * A refusal to run with the keys given.
     *
     * @param message which value and which keys, by fingerprint; never a key's bytes
     */
    public SealedKeyException(String message) {
        super(message);
    }
}

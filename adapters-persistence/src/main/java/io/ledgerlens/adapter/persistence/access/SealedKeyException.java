package io.ledgerlens.adapter.persistence.access;

/**
 * A stored secret that the key-encryption keys given cannot open: sealed
 * under another key, altered, or (from an earlier version) not sealed at all.
 * A configuration to fix, not a state to run in: the message says which keys
 * were involved, by fingerprint, and nothing secret.
 */
public final class SealedKeyException extends IllegalStateException {

    public SealedKeyException(String message) {
        super(message);
    }
}

package io.ledgerlens.bootstrap.access;

import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.adapter.persistence.access.TokenKeySealing;
import io.ledgerlens.adapter.persistence.access.TokenKeyStore;
import io.ledgerlens.adapter.persistence.access.TokenKeyStore.StoredKey;
import io.ledgerlens.adapter.web.access.TokenKey;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token signing keys kept by the service in PostgreSQL, where every
 * instance finds them, sealed under the key-encryption key that only the
 * instances hold. The first instance to start makes the first key; a
 * rotation adds a newer one, and the older keeps verifying the tokens it
 * signed until they expire.
 */
public final class SigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private final TokenKeyStore store;
    private final TokenKeySealing sealing;
    private final Clock clock;

    /**
     * {@code sealing}: the owner's side, for what the service role may not do (seal a stored key anew).
     *
     * @param store the keys as the service's role reads and adds them, sealed and opened with the instance's keys
     * @param sealing the same table over the owner's connections
     * @param clock stamps each new key's creation
     */
    public SigningKeys(TokenKeyStore store, TokenKeySealing sealing, Clock clock) {
        this.store = store;
        this.sealing = sealing;
        this.clock = clock;
    }

    /**
     * Every key, newest first; fails, saying which keys sealed them, if they do not open with the keys given.
     *
     * @return the keys, read from the database on each call; the first signs, all verify
     */
    public List<TokenKey> newestFirst() {
        return store.newestFirst().stream().map(stored -> TokenKey.parse(stored.jwk(), stored.createdAt())).toList();
    }

    /**
     * Readies the keys at start: seals those an earlier version stored in the clear (the same keys, so tokens
     * in flight still verify), then opens them all, and makes the first key if there is none.
     */
    public void ensureOne() {
        int sealed = sealing.sealThoseInTheClear();
        if (sealed > 0) {
            LOG.info("Sealed {} token signing key(s) that an earlier version stored in the clear", sealed);
        }
        if (newestFirst().isEmpty()) {
            rotate();
        }
    }

    /**
     * Makes a new key that signs from now on; returns its id.
     *
     * @return the new key's id, as tokens name it in their header
     */
    public String rotate() {
        var key = TokenKey.generate(clock.instant());
        store.add(new StoredKey(key.keyId(), key.privateJson(), key.createdAt()));
        return key.keyId();
    }

    /**
     * Re-seals every key under {@code next}, in one transaction; returns how many changed. Only {@code next} opens
     * them after.
     *
     * @param next the new key-encryption key
     * @return how many keys were re-sealed; those already under {@code next} are left as they are
     */
    public int resealUnder(KeyEncryptionKey next) {
        return sealing.resealUnder(next);
    }
}

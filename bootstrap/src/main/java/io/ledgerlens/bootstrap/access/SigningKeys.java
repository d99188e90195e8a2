package io.ledgerlens.bootstrap.access;

import io.ledgerlens.adapter.persistence.access.TokenKeyStore;
import io.ledgerlens.adapter.persistence.access.TokenKeyStore.StoredKey;
import io.ledgerlens.adapter.web.access.TokenKey;
import java.time.Clock;
import java.util.List;

/**
 * The token signing keys kept by the service in PostgreSQL, where every
 * instance finds them. The first instance to start makes the first key; a
 * rotation adds a newer one, and the older keeps verifying the tokens it
 * signed until they expire.
 */
public final class SigningKeys {

    private final TokenKeyStore store;
    private final Clock clock;

    public SigningKeys(TokenKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every key, newest first. */
    public List<TokenKey> newestFirst() {
        return store.newestFirst().stream().map(stored -> TokenKey.parse(stored.jwk(), stored.createdAt())).toList();
    }

    /** Makes the first key if there is none yet. */
    public void ensureOne() {
        if (store.newestFirst().isEmpty()) {
            rotate();
        }
    }

    /** Makes a new key that signs from now on; returns its id. */
    public String rotate() {
        var key = TokenKey.generate(clock.instant());
        store.add(new StoredKey(key.keyId(), key.privateJson(), key.createdAt()));
        return key.keyId();
    }
}

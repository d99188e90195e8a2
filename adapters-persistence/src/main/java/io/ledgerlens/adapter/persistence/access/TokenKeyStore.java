package io.ledgerlens.adapter.persistence.access;

import static io.ledgerlens.adapter.persistence.schema.Tables.TOKEN_SIGNING_KEY;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import java.time.Instant;
import java.util.List;

/**
 * The keys that sign access tokens, as JSON Web Keys, shared by every instance
 * through PostgreSQL. What a key is, and how it signs, is the web adapter's
 * business; this store only keeps them in the order they were made.
 */
public final class TokenKeyStore {

    /** A stored key: its id, its JWK JSON (private part included) and when it was made. */
    public record StoredKey(String keyId, String jwk, Instant createdAt) {
        @Override
        public String toString() {
            return "StoredKey[" + keyId + ", " + createdAt + "]";
        }
    }

    private final LedgerStore store;

    public TokenKeyStore(LedgerStore store) {
        this.store = store;
    }

    /** Every key, newest first. */
    public List<StoredKey> newestFirst() {
        return store.read(TenantFence.none(), dsl -> dsl.selectFrom(TOKEN_SIGNING_KEY)
                .orderBy(TOKEN_SIGNING_KEY.CREATED_AT.desc(), TOKEN_SIGNING_KEY.KEY_ID.desc())
                .fetch(row -> new StoredKey(row.getKeyId(), row.getJwk(), row.getCreatedAt())));
    }

    /** Adds {@code key}; a key id already stored keeps its first key. */
    public void add(StoredKey key) {
        store.write(TenantFence.none(), dsl -> dsl.insertInto(TOKEN_SIGNING_KEY)
                .set(TOKEN_SIGNING_KEY.KEY_ID, key.keyId())
                .set(TOKEN_SIGNING_KEY.JWK, key.jwk())
                .set(TOKEN_SIGNING_KEY.CREATED_AT, key.createdAt())
                .onConflictDoNothing()
                .execute());
    }
}

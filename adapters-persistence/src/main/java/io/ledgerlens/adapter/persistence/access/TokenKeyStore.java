package io.ledgerlens.adapter.persistence.access;

import static io.ledgerlens.adapter.persistence.schema.Tables.TOKEN_SIGNING_KEY;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The keys that sign access tokens, as JSON Web Keys, shared by every instance
 * through PostgreSQL. What a key is, and how it signs, is the web adapter's
 * business; this store keeps them in the order they were made, each sealed
 * under the {@link KeyEncryptionKeys} (never in the database) and bound to its
 * key id, so the rows alone mint no token and a sealed key moved to another
 * row does not open.
 */
public final class TokenKeyStore {

    /**
     * A stored key: its id, its JWK JSON (private part included) and when it was made.
     *
     * @param keyId the key's id, as tokens name it in their header
     * @param jwk the key as JWK JSON, opened; never printed
     * @param createdAt when it was made, which orders the keys
     */
    public record StoredKey(String keyId, String jwk, Instant createdAt) {
        @Override
        public String toString() {
            return "StoredKey[" + keyId + ", " + createdAt + "]";
        }
    }

    /** A row as it is in the table: the key sealed (or, written by a version before V13, in the clear). */
    record Row(String keyId, String stored, Instant createdAt) {
    }

    private final LedgerStore store;
    private final KeyEncryptionKeys keys;

    /**
     * Over the service's store, sealing and opening with {@code keys}.
     *
     * @param store the service's store; its role reads and adds keys, never changes one
     * @param keys the key-encryption keys, held by this instance and never stored
     */
    public TokenKeyStore(LedgerStore store, KeyEncryptionKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    /**
     * Every key, newest first, opened.
     *
     * @return the keys, opened, the newest first
     * @throws SealedKeyException if a key does not open with the key-encryption keys given
     */
    public List<StoredKey> newestFirst() {
        return store.read(TenantFence.none(), TokenKeyStore::rows).stream().map(row -> new StoredKey(row.keyId(), open(keys, row), row.createdAt())).toList();
    }

    /**
     * Adds {@code key}, sealed; a key id already stored keeps its first key.
     *
     * @param key the new key, sealed under the sealing key and bound to its id before it is written
     */
    public void add(StoredKey key) {
        store.write(TenantFence.none(), dsl -> dsl.insertInto(TOKEN_SIGNING_KEY)
                .set(TOKEN_SIGNING_KEY.KEY_ID, key.keyId())
                .set(TOKEN_SIGNING_KEY.JWK, keys.seal(key.jwk(), associatedData(key.keyId())))
                .set(TOKEN_SIGNING_KEY.CREATED_AT, key.createdAt())
                .onConflictDoNothing()
                .execute());
    }

    static List<Row> rows(DSLContext dsl) {
        return dsl.selectFrom(TOKEN_SIGNING_KEY)
                .orderBy(TOKEN_SIGNING_KEY.CREATED_AT.desc(), TOKEN_SIGNING_KEY.KEY_ID.desc())
                .fetch(row -> new Row(row.getKeyId(), row.getJwk(), row.getCreatedAt()));
    }

    /** The key in {@code row}, which must be sealed: one in the clear is sealed at start-up, never used as it is. */
    static String open(KeyEncryptionKeys keys, Row row) {
        if (!SealedValue.isSealed(row.stored())) {
            throw new SealedKeyException("token signing key " + row.keyId() + " is stored in the clear"
                    + " (by a version before sealed keys); starting with a key-encryption key seals it");
        }
        return keys.open(row.stored(), associatedData(row.keyId()), "token signing key " + row.keyId());
    }

    /** What a sealed key is bound to: this table and its key id. */
    static String associatedData(String keyId) {
        return "ledgerlens token_signing_key " + keyId;
    }
}

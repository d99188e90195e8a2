package io.ledgerlens.adapter.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.access.TokenKeyStore.StoredKey;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.TokenKeyRows;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Signing keys shared through PostgreSQL, sealed under a key-encryption key the database never sees. */
class TokenKeyStoreTest {

    private static final String PRIVATE_SCALAR = "jWk7ZPXqy5cu3iXnNe4dKLqc7Kc0mjB2G6f1Y8aOfhY";

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();
    private final KeyEncryptionKey kek = KeyEncryptionKey.generate();
    private final TokenKeyStore keys = storeWith(KeyEncryptionKeys.of(kek));
    private final TokenKeyRows rows = new TokenKeyRows(ledger.owner());

    private TokenKeyStore storeWith(KeyEncryptionKeys given) {
        return new TokenKeyStore(PostgresDatabase.storeOn(ledger.service()), given);
    }

    private static StoredKey aKey(String keyId, String createdAt) {
        return new StoredKey(keyId, "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"" + keyId + "\",\"d\":\"" + PRIVATE_SCALAR + "\"}",
                Instant.parse(createdAt));
    }

    @Test
    void keys_come_back_newest_first() {
        var older = aKey("k1", "2026-11-01T00:00:00Z");
        var newer = aKey("k2", "2026-11-25T00:00:00Z");
        keys.add(older);
        keys.add(newer);
        assertThat(keys.newestFirst()).containsExactly(newer, older);
    }

    @Test
    void a_key_id_stored_twice_keeps_its_first_key() {
        var first = aKey("k1", "2026-11-01T00:00:00Z");
        keys.add(first);
        keys.add(new StoredKey("k1", "{\"kid\":\"k1\",\"n\":2}", Instant.parse("2026-11-02T00:00:00Z")));
        assertThat(keys.newestFirst()).containsExactly(first);
    }

    @Test
    void a_stored_key_never_prints_its_private_part() {
        assertThat(new StoredKey("k1", "{\"d\":\"private\"}", Instant.EPOCH).toString()).doesNotContain("private");
    }

    @Test
    void the_row_holds_the_key_sealed_under_the_key_encryption_key_and_nothing_of_it_in_the_clear() throws SQLException {
        keys.add(aKey("k1", "2026-11-01T00:00:00Z"));
        var stored = rows.storedOf("k1");
        assertThat(stored).startsWith("sealed:v1:" + kek.fingerprint() + ":")
                .doesNotContain(PRIVATE_SCALAR, "\"d\"", "P-256", kek.toBase64());
    }

    @Test
    void another_key_encryption_key_does_not_open_the_keys_and_says_which_key_sealed_them() {
        keys.add(aKey("k1", "2026-11-01T00:00:00Z"));
        var stranger = KeyEncryptionKey.generate();
        assertThatThrownBy(() -> storeWith(KeyEncryptionKeys.of(stranger)).newestFirst())
                .isInstanceOf(SealedKeyException.class)
                .hasMessageContaining("token signing key k1 is sealed under key-encryption key " + kek.fingerprint())
                .hasMessageContaining("the key-encryption key given is " + stranger.fingerprint())
                .hasMessageNotContaining(kek.toBase64()).hasMessageNotContaining(stranger.toBase64());
    }

    @Test
    void a_sealed_key_copied_onto_another_row_does_not_open() throws SQLException {
        keys.add(aKey("k1", "2026-11-01T00:00:00Z"));
        keys.add(aKey("k2", "2026-11-02T00:00:00Z"));
        rows.overwrite("k2", rows.storedOf("k1"));
        assertThatThrownBy(keys::newestFirst).isInstanceOf(SealedKeyException.class)
                .hasMessageContaining("token signing key k2 does not open with key-encryption key " + kek.fingerprint());
    }

    @Test
    void an_instance_given_the_old_key_too_opens_keys_sealed_under_either_and_seals_new_ones_under_the_new() throws SQLException {
        keys.add(aKey("k1", "2026-11-01T00:00:00Z"));
        var next = KeyEncryptionKey.generate();
        var duringTheRotation = storeWith(KeyEncryptionKeys.of(next).withOld(kek));

        duringTheRotation.add(aKey("k2", "2026-11-02T00:00:00Z"));

        assertThat(rows.storedOf("k2")).startsWith("sealed:v1:" + next.fingerprint() + ":");
        assertThat(duringTheRotation.newestFirst()).extracting(StoredKey::keyId).containsExactly("k2", "k1");
    }

    @Test
    void the_database_refuses_a_key_in_the_clear() {
        assertThatThrownBy(() -> rows.insertInTheClear("k1", aKey("k1", "2026-11-01T00:00:00Z").jwk(), Instant.EPOCH))
                .isInstanceOf(SQLException.class).hasMessageContaining("token_signing_key_sealed");
    }
}

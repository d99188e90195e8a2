package io.ledgerlens.adapter.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.access.TokenKeyStore.StoredKey;
import io.ledgerlens.adapter.persistence.database.LedgerSchema;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.TokenKeyRows;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import java.sql.SQLException;
import java.time.Instant;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The owner seals keys an earlier version kept in the clear, and re-seals every key under a new key-encryption key. */
class TokenKeySealingTest {

    private static final StoredKey FIRST = new StoredKey("k1", "{\"kid\":\"k1\",\"d\":\"first-private-scalar\"}",
            Instant.parse("2026-11-01T00:00:00Z"));
    private static final StoredKey SECOND = new StoredKey("k2", "{\"kid\":\"k2\",\"d\":\"second-private-scalar\"}",
            Instant.parse("2026-11-02T00:00:00Z"));

    private final KeyEncryptionKey kek = KeyEncryptionKey.generate();

    private static TokenKeyStore store(PostgresDatabase.Ledger ledger, KeyEncryptionKeys keys) {
        return new TokenKeyStore(PostgresDatabase.storeOn(ledger.service()), keys);
    }

    private static TokenKeySealing sealing(PostgresDatabase.Ledger ledger, KeyEncryptionKeys keys) {
        return new TokenKeySealing(PostgresDatabase.storeOn(ledger.owner()), keys);
    }

    @Test
    void keys_an_earlier_version_stored_in_the_clear_are_sealed_and_stay_the_same_keys() throws SQLException {
        var ledger = PostgresDatabase.freshLedgerMigratedTo("11");
        var rows = new TokenKeyRows(ledger.owner());
        rows.insertInTheClear(FIRST.keyId(), FIRST.jwk(), FIRST.createdAt());
        LedgerSchema.migrate(ledger.owner());
        assertThatThrownBy(() -> store(ledger, KeyEncryptionKeys.of(kek)).newestFirst())
                .isInstanceOf(SealedKeyException.class).hasMessageContaining("token signing key k1 is stored in the clear");

        assertThat(sealing(ledger, KeyEncryptionKeys.of(kek)).sealThoseInTheClear()).isOne();

        assertThat(rows.storedOf("k1")).startsWith("sealed:v1:" + kek.fingerprint()).doesNotContain("first-private-scalar");
        assertThat(store(ledger, KeyEncryptionKeys.of(kek)).newestFirst()).containsExactly(FIRST);
    }

    @Test
    void with_no_key_in_the_clear_sealing_leaves_every_row_as_it_is() throws SQLException {
        var ledger = PostgresDatabase.freshLedger();
        var rows = new TokenKeyRows(ledger.owner());
        store(ledger, KeyEncryptionKeys.of(kek)).add(FIRST);
        var before = rows.storedOf("k1");

        assertThat(sealing(ledger, KeyEncryptionKeys.of(kek)).sealThoseInTheClear()).isZero();

        assertThat(rows.storedOf("k1")).isEqualTo(before);
    }

    @Test
    void after_re_sealing_under_a_new_key_encryption_key_only_the_new_one_opens_the_same_keys() {
        var ledger = PostgresDatabase.freshLedger();
        store(ledger, KeyEncryptionKeys.of(kek)).add(FIRST);
        store(ledger, KeyEncryptionKeys.of(kek)).add(SECOND);
        var next = KeyEncryptionKey.generate();

        assertThat(sealing(ledger, KeyEncryptionKeys.of(kek)).resealUnder(next)).isEqualTo(2);

        assertThatThrownBy(() -> store(ledger, KeyEncryptionKeys.of(kek)).newestFirst())
                .isInstanceOf(SealedKeyException.class).hasMessageContaining("sealed under key-encryption key " + next.fingerprint());
        assertThat(store(ledger, KeyEncryptionKeys.of(next)).newestFirst()).containsExactly(SECOND, FIRST);
    }

    @Test
    void re_sealing_again_under_the_same_key_changes_nothing() {
        var ledger = PostgresDatabase.freshLedger();
        store(ledger, KeyEncryptionKeys.of(kek)).add(FIRST);
        var next = KeyEncryptionKey.generate();
        sealing(ledger, KeyEncryptionKeys.of(kek)).resealUnder(next);

        assertThat(sealing(ledger, KeyEncryptionKeys.of(next).withOld(kek)).resealUnder(next)).isZero();
    }

    @Test
    void a_key_the_given_keys_cannot_open_stops_the_re_sealing_and_no_row_changes() throws SQLException {
        var ledger = PostgresDatabase.freshLedger();
        var rows = new TokenKeyRows(ledger.owner());
        var stranger = KeyEncryptionKey.generate();
        store(ledger, KeyEncryptionKeys.of(kek)).add(FIRST);
        store(ledger, KeyEncryptionKeys.of(stranger)).add(SECOND);
        var before = rows.storedOf("k1");

        assertThatThrownBy(() -> sealing(ledger, KeyEncryptionKeys.of(kek)).resealUnder(KeyEncryptionKey.generate()))
                .isInstanceOf(SealedKeyException.class).hasMessageContaining("token signing key k2 is sealed under " +
                        "key-encryption key " + stranger.fingerprint());

        assertThat(rows.storedOf("k1")).isEqualTo(before);
    }

    @Test
    void the_service_role_may_add_keys_but_never_change_a_stored_one() {
        var ledger = PostgresDatabase.freshLedger();
        store(ledger, KeyEncryptionKeys.of(kek)).add(FIRST);
        var asTheService = PostgresDatabase.storeOn(ledger.service());
        assertThatThrownBy(() -> asTheService.write(TenantFence.none(),
                dsl -> dsl.update(DSL.table("token_signing_key")).set(DSL.field("jwk"), "sealed:nothing").execute()))
                .isInstanceOf(LedgerUnavailableException.class)
                .cause().hasMessageContaining("permission denied");
    }
}

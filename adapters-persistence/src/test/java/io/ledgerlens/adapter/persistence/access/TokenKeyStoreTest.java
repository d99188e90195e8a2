package io.ledgerlens.adapter.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.access.TokenKeyStore.StoredKey;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Signing keys shared through PostgreSQL. */
class TokenKeyStoreTest {

    private final TokenKeyStore keys = new TokenKeyStore(LedgerStore.on(PostgresDatabase.freshDatabase()));

    @Test
    void keys_come_back_newest_first() {
        var older = new StoredKey("k1", "{\"kid\":\"k1\"}", Instant.parse("2026-11-01T00:00:00Z"));
        var newer = new StoredKey("k2", "{\"kid\":\"k2\"}", Instant.parse("2026-11-25T00:00:00Z"));
        keys.add(older);
        keys.add(newer);
        assertThat(keys.newestFirst()).containsExactly(newer, older);
    }

    @Test
    void a_key_id_stored_twice_keeps_its_first_key() {
        var first = new StoredKey("k1", "{\"kid\":\"k1\",\"n\":1}", Instant.parse("2026-11-01T00:00:00Z"));
        keys.add(first);
        keys.add(new StoredKey("k1", "{\"kid\":\"k1\",\"n\":2}", Instant.parse("2026-11-02T00:00:00Z")));
        assertThat(keys.newestFirst()).containsExactly(first);
    }

    @Test
    void a_stored_key_never_prints_its_private_part() {
        assertThat(new StoredKey("k1", "{\"d\":\"private\"}", Instant.EPOCH).toString()).doesNotContain("private");
    }
}

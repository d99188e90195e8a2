package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.access.Argon2idSecretHashing;
import io.ledgerlens.adapter.persistence.access.JooqCredentialRepository;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKeys;
import io.ledgerlens.adapter.persistence.access.SealedKeyException;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.TokenKeyRows;
import io.ledgerlens.adapter.web.access.JwtTokens;
import io.ledgerlens.adapter.web.access.TokenKey;
import io.ledgerlens.bootstrap.demo.DemoCredentials;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The token signing keys as a dump or a backup of the database holds them: sealed under a key-encryption key
 * that is not in the database, so its rows alone mint no token.
 */
class SigningKeysAtRestTest {

    private final KeyEncryptionKeys keys = KeyEncryptionKeys.of(KeyEncryptionKey.generate());

    @Test
    void no_stored_row_holds_a_private_key_in_the_clear() throws Exception {
        var ledger = PostgresDatabase.freshLedger();
        try (var service = LedgerLensService.on(DemoLedgers.over(ledger, keys))) {
            service.signingKeys().rotate();
            var privateScalars = service.signingKeys().newestFirst().stream()
                    .map(key -> key.jwk().getD().toString()).toArray(String[]::new);

            var rows = new TokenKeyRows(ledger.owner()).all();

            assertThat(rows).hasSize(2);
            for (var stored : rows.values()) {
                assertThatThrownBy(() -> TokenKey.parse(stored, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
                assertThat(stored).startsWith("sealed:v1:" + keys.sealing().fingerprint() + ":")
                        .doesNotContain("\"d\"").doesNotContain(privateScalars);
            }
        }
    }

    @Test
    void with_the_rows_alone_no_service_starts_and_with_the_key_encryption_key_its_tokens_still_verify() throws Exception {
        var ledger = PostgresDatabase.freshLedger();
        String minted;
        try (var first = demoOver(ledger, keys)) {
            minted = OutletClient.token(first.port());
        }

        var stranger = KeyEncryptionKeys.of(KeyEncryptionKey.generate());
        assertThatThrownBy(() -> LedgerLensService.on(DemoLedgers.over(ledger, stranger)))
                .isInstanceOf(SealedKeyException.class)
                .hasMessageContaining("is sealed under key-encryption key " + keys.sealing().fingerprint())
                .hasMessageContaining("the key-encryption key given is " + stranger.sealing().fingerprint());

        try (var again = demoOver(ledger, keys)) {
            assertThat(OutletClient.callWith(again.port(), minted)).isEqualTo(200);
            assertThat(OutletClient.callWith(again.port(), OutletClient.token(again.port()))).isEqualTo(200);
        }
    }

    @Test
    void a_signing_key_an_earlier_version_stored_in_the_clear_is_sealed_at_start_and_its_tokens_in_flight_still_verify()
            throws Exception {
        var ledger = PostgresDatabase.freshLedgerMigratedTo("11");
        var legacy = TokenKey.generate(Instant.now());
        new TokenKeyRows(ledger.owner()).insertInTheClear(legacy.keyId(), legacy.privateJson(), legacy.createdAt());
        var inFlight = tokenOfTheOutletClient(ledger, legacy);

        try (var upgraded = LedgerLensService.on(DemoLedgers.over(ledger, keys)).start("127.0.0.1", 0)) {
            assertThat(new TokenKeyRows(ledger.owner()).storedOf(legacy.keyId()))
                    .startsWith("sealed:v1:" + keys.sealing().fingerprint() + ":")
                    .doesNotContain(legacy.jwk().getD().toString());
            assertThat(upgraded.signingKeys().newestFirst()).extracting(key -> key.jwk().toJSONObject())
                    .containsExactly(legacy.jwk().toJSONObject());
            assertThat(OutletClient.callWith(upgraded.port(), inFlight)).isEqualTo(200);
            assertThat(OutletClient.keyIdOf(OutletClient.token(upgraded.port()))).isEqualTo(legacy.keyId());
        }
    }

    private static LedgerLensService demoOver(PostgresDatabase.Ledger ledger, KeyEncryptionKeys keys) {
        var service = LedgerLensService.on(DemoLedgers.over(ledger, keys));
        DemoCredentials.issue(service.credentials(), service.secrets());
        return service.start("127.0.0.1", 0);
    }

    /** What a release before sealed keys handed the outlet's client: a token signed with {@code key}. */
    private static String tokenOfTheOutletClient(PostgresDatabase.Ledger ledger, TokenKey key) {
        var credentials = new JooqCredentialRepository(PostgresDatabase.storeOn(ledger.service()));
        DemoCredentials.issue(credentials, Argon2idSecretHashing.withDefaultCache());
        var client = credentials.named(CredentialKind.API_CLIENT, new CredentialName(DemoCredentials.OUTLET_CLIENT_KEY))
                .orElseThrow();
        return new JwtTokens(() -> List.of(key), Clock.systemUTC(), LedgerLensService.TOKEN_ISSUER, LedgerLensService.TOKEN_AUDIENCE)
                .issue(new Caller(DemoDataset.OUTLET, client.id(), client.rights()));
    }
}

package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKeys;
import io.ledgerlens.adapter.persistence.access.SealedKeyException;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.TokenKeyRows;
import io.ledgerlens.bootstrap.access.KeyEncryptionKeyFile;
import io.ledgerlens.bootstrap.demo.DemoCredentials;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator rotates the key-encryption key with one command; the signing keys, and the tokens they signed, stay. */
class KeyEncryptionKeyRotationTest {

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();
    private final KeyEncryptionKey old = KeyEncryptionKey.generate();
    private final KeyEncryptionKey next = KeyEncryptionKey.generate();

    private record Run(int exitCode, String out, String err) {
    }

    private Run ledgerlens(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", ((HikariDataSource) ledger.service()).getJdbcUrl(),
                "--db-user", PostgresDatabase.server().user(), "--db-password", PostgresDatabase.server().password()));
        var out = new StringWriter();
        var err = new StringWriter();
        var exitCode = LedgerLensCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static Path written(Path file, KeyEncryptionKey key) {
        KeyEncryptionKeyFile.write(file, key);
        return file;
    }

    @Test
    void after_the_rotation_only_the_new_key_opens_the_signing_keys_and_tokens_minted_before_still_verify(@TempDir Path keys)
            throws Exception {
        String minted;
        try (var before = LedgerLensService.on(DemoLedgers.over(ledger, KeyEncryptionKeys.of(old)))) {
            DemoCredentials.issue(before.credentials(), before.secrets());
            before.signingKeys().rotate();
            minted = OutletClient.token(before.start("127.0.0.1", 0).port());
        }
        var storedBefore = new TokenKeyRows(ledger.owner()).all();

        var rotated = ledgerlens("credentials", "rotate-key-encryption-key",
                "--key-encryption-key-file", written(keys.resolve("old"), old).toString(),
                "--new-key-encryption-key-file", written(keys.resolve("new"), next).toString());

        assertThat(rotated.exitCode()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("Re-sealed 2 token signing key(s) under key-encryption key " + next.fingerprint()
                + "; only it opens them now.", "Start every instance with the new key");
        assertThat(new TokenKeyRows(ledger.owner()).all()).containsOnlyKeys(storedBefore.keySet())
                .allSatisfy((keyId, stored) -> assertThat(stored).startsWith("sealed:v1:" + next.fingerprint() + ":"));

        assertThatThrownBy(() -> LedgerLensService.on(DemoLedgers.over(ledger, KeyEncryptionKeys.of(old))))
                .isInstanceOf(SealedKeyException.class).hasMessageContaining("sealed under key-encryption key " + next.fingerprint());
        try (var after = LedgerLensService.on(DemoLedgers.over(ledger, KeyEncryptionKeys.of(next))).start("127.0.0.1", 0)) {
            assertThat(OutletClient.callWith(after.port(), minted)).isEqualTo(200);
        }
    }

    @Test
    void a_command_given_the_old_key_after_the_rotation_is_refused_saying_what_to_give(@TempDir Path keys) {
        var oldFile = written(keys.resolve("old"), old);
        ledgerlens("credentials", "rotate-signing-key", "--key-encryption-key-file", oldFile.toString());
        ledgerlens("credentials", "rotate-key-encryption-key", "--key-encryption-key-file", oldFile.toString(),
                "--new-key-encryption-key-file", written(keys.resolve("new"), next).toString());

        var refused = ledgerlens("credentials", "rotate-signing-key", "--key-encryption-key-file", oldFile.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("ledgerlens: the token signing keys in the database do not open:")
                .contains("sealed under key-encryption key " + next.fingerprint(), "--old-key-encryption-key-file")
                .doesNotContain(old.toBase64(), next.toBase64(), "\tat ");
    }

    @Test
    void instances_given_the_new_key_and_the_old_one_too_open_the_keys_before_and_after_the_rotation(@TempDir Path keys) {
        var oldFile = written(keys.resolve("old"), old).toString();
        var newFile = written(keys.resolve("new"), next).toString();
        ledgerlens("credentials", "rotate-signing-key", "--key-encryption-key-file", oldFile);
        var duringTheChangeover = List.of("--key-encryption-key-file", newFile, "--old-key-encryption-key-file", oldFile);

        var beforeTheRotation = ledgerlens(withArgs(List.of("credentials", "rotate-signing-key"), duringTheChangeover));
        var rotation = ledgerlens(withArgs(List.of("credentials", "rotate-key-encryption-key",
                "--new-key-encryption-key-file", newFile), duringTheChangeover));
        var afterTheRotation = ledgerlens(withArgs(List.of("credentials", "rotate-signing-key"), duringTheChangeover));

        assertThat(beforeTheRotation.exitCode()).as(beforeTheRotation.err()).isZero();
        assertThat(rotation.out()).as(rotation.err()).contains("Re-sealed 2 token signing key(s)");
        assertThat(afterTheRotation.exitCode()).as(afterTheRotation.err()).isZero();
        assertThat(ledgerlens("credentials", "rotate-signing-key", "--key-encryption-key-file", newFile).exitCode()).isZero();
    }

    private static String[] withArgs(List<String> command, List<String> options) {
        var all = new ArrayList<>(command);
        all.addAll(options);
        return all.toArray(String[]::new);
    }
}

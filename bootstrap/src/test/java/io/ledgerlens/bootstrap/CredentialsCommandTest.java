package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.bootstrap.access.KeyEncryptionKeyFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** An operator creates, lists and revokes credentials from the command line, on a real database. */
class CredentialsCommandTest {

    private final String dbUrl = ((HikariDataSource) PostgresDatabase.freshDatabase()).getJdbcUrl();
    private Path keyFile;

    @BeforeEach
    void makeAKeyEncryptionKey(@TempDir Path directory) {
        keyFile = directory.resolve("kek");
        KeyEncryptionKeyFile.write(keyFile, KeyEncryptionKey.generate());
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run ledgerlens(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", dbUrl, "--db-user", PostgresDatabase.server().user(),
                "--db-password", PostgresDatabase.server().password(), "--key-encryption-key-file", keyFile.toString()));
        var out = new StringWriter();
        var err = new StringWriter();
        int code = new CommandLine(new LedgerLensCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void a_till_user_is_created_with_its_password_and_md5_printed_once_and_listed_without_them() {
        var created = ledgerlens("credentials", "create", "--org", "50672", "--till-user", "till.mumbai",
                "--rights", "points.read,ledger.write");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("till user till.mumbai [points.read,ledger.write]", "password:", "its hex MD5:",
                "curl -u 'till.mumbai:");
        var password = field(created.out(), "password");

        var listed = ledgerlens("credentials", "list", "--org", "50672");
        assertThat(listed.out()).contains("till user till.mumbai [points.read,ledger.write]").doesNotContain(password);
    }

    @Test
    void an_api_client_gets_a_generated_key_and_a_token_command() {
        var created = ledgerlens("credentials", "create", "--org", "50673", "--api-client", "--rights", "points.read");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(field(created.out(), "key")).startsWith("key-");
        assertThat(created.out()).contains("/v3/oauth/token/generate");
    }

    @Test
    void a_revoked_credential_is_listed_as_revoked_and_cannot_be_revoked_by_another_org() {
        var created = ledgerlens("credentials", "create", "--org", "50672", "--till-user", "till.pune", "--rights", "org.admin");
        var id = Pattern.compile("Created credential (\\d+)").matcher(created.out()).results().findFirst().orElseThrow().group(1);

        var strangers = ledgerlens("credentials", "revoke", "--org", "50673", id);
        assertThat(strangers.exitCode()).isEqualTo(3);
        assertThat(strangers.err()).contains("org 50673 has no credential " + id);

        assertThat(ledgerlens("credentials", "revoke", "--org", "50672", id).exitCode()).isZero();
        assertThat(ledgerlens("credentials", "list", "--org", "50672").out()).contains("REVOKED");
    }

    @Test
    void a_taken_name_an_unknown_right_and_a_missing_kind_are_explained() {
        ledgerlens("credentials", "create", "--org", "50672", "--till-user", "till.delhi", "--rights", "points.read");
        var taken = ledgerlens("credentials", "create", "--org", "50673", "--till-user", "till.delhi", "--rights", "points.read");
        assertThat(taken.exitCode()).isEqualTo(3);
        assertThat(taken.err()).contains("the name till.delhi is taken");

        var unknownRight = ledgerlens("credentials", "create", "--org", "50672", "--till-user", "till.goa", "--rights", "admin");
        assertThat(unknownRight.exitCode()).isEqualTo(2);
        assertThat(unknownRight.err()).contains("unknown right 'admin'", "points.read");

        var noKind = ledgerlens("credentials", "create", "--org", "50672", "--rights", "points.read");
        assertThat(noKind.exitCode()).isEqualTo(2);
        assertThat(noKind.err()).contains("--till-user", "--api-client");
    }

    @Test
    void rotating_the_signing_key_names_the_new_key() {
        var rotated = ledgerlens("credentials", "rotate-signing-key");
        assertThat(rotated.exitCode()).as(rotated.err()).isZero();
        assertThat(rotated.out()).containsPattern("New signing key [0-9a-f-]{36}\\.");
    }

    private static String field(String out, String name) {
        return Pattern.compile("  " + name + ":\\s+(\\S+)").matcher(out).results().findFirst().orElseThrow().group(1);
    }
}

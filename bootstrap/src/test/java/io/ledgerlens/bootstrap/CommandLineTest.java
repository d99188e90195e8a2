package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.bootstrap.access.KeyEncryptionKeyFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run ledgerlens(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var exitCode = LedgerLensCommand.commandLine()
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void help_lists_every_serve_option_with_its_environment_variable() {
        var run = ledgerlens("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--port", "LEDGERLENS_PORT", "--db-url", "LEDGERLENS_DB_URL", "--data-dir",
                "LEDGERLENS_DATA_DIR", "--demo", "--demo-on-external-database", "--rate-limit", "LEDGERLENS_RATE_LIMIT",
                "--max-body-bytes", "serve", "credentials", "orgs", "audit", "--key-encryption-key-file",
                "LEDGERLENS_KEY_ENCRYPTION_KEY_FILE", "LEDGERLENS_KEY_ENCRYPTION_KEY", "--old-key-encryption-key-file",
                "LEDGERLENS_OLD_KEY_ENCRYPTION_KEY_FILE", "LEDGERLENS_OLD_KEY_ENCRYPTION_KEY", "--failed-sign-in-limit",
                "LEDGERLENS_FAILED_SIGN_IN_LIMIT", "--trusted-proxies", "LEDGERLENS_TRUSTED_PROXIES", "--token-mint-limit",
                "LEDGERLENS_TOKEN_MINT_LIMIT", "--management-port", "LEDGERLENS_MANAGEMENT_PORT", "--log-format",
                "LEDGERLENS_LOG_FORMAT", "--citus", "LEDGERLENS_CITUS");
    }

    @Test
    void citus_without_a_database_url_is_refused_before_anything_starts() {
        var run = ledgerlens("orgs", "list", "--citus", "--data-dir", "/nonexistent/ledgerlens-citus-test");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--citus needs --db-url");
    }

    @Test
    void a_database_url_written_before_a_command_is_refused_rather_than_ignored() {
        var run = ledgerlens("--db-url", "jdbc:postgresql://127.0.0.1:1/none", "orgs", "list");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--db-url before 'orgs list' would be ignored",
                "ledgerlens orgs list --db-url ...");
    }

    @Test
    void options_after_the_command_are_the_commands_and_serves_own_stay_before_nothing() {
        var afterTheCommand = ledgerlens("orgs", "list", "--citus", "--data-dir", "/nonexistent/ledgerlens-order-test");
        assertThat(afterTheCommand.err()).doesNotContain("would be ignored").contains("--citus needs --db-url");
        var serveWithoutACommand = ledgerlens("--management-port", "70000", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(serveWithoutACommand.err()).doesNotContain("would be ignored").contains("--management-port 70000");
    }

    @Test
    void a_log_format_other_than_json_or_text_is_refused_before_anything_starts() {
        var run = ledgerlens("--log-format", "yaml", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--log-format 'yaml' is neither json nor text");
    }

    @Test
    void a_management_port_that_is_no_port_is_refused_before_anything_starts() {
        var run = ledgerlens("--management-port", "70000", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--management-port 70000 is not between 0 and 65535");
    }

    @Test
    void serve_has_its_own_help() {
        var run = ledgerlens("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--db-password", "--db-pool-size");
    }

    @Test
    void the_version_is_the_builds() throws java.io.IOException {
        var pom = java.nio.file.Files.readString(java.nio.file.Path.of("../pom.xml"));
        var version = java.util.regex.Pattern.compile("<revision>([^<]+)</revision>").matcher(pom);
        assertThat(version.find()).isTrue();
        var run = ledgerlens("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("LedgerLens " + version.group(1) + System.lineSeparator()).contains("Java ");
    }

    @Test
    void import_and_demo_explain_themselves() {
        assertThat(ledgerlens("import", "--help").out()).contains("JSON Lines", "Restartable", "--batch-size", "--db-url");
        assertThat(ledgerlens("demo", "--help").out()).contains("--orgs", "--customers", "--events", "--seed", "--out");
    }

    @Test
    void importing_a_file_that_cannot_be_read_says_so() {
        var run = ledgerlens("import", "/no/such/events.jsonl", "--org", "910001", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read /no/such/events.jsonl");
    }

    @Test
    void import_and_demo_say_whose_ledger_they_write_every_time() {
        var importing = ledgerlens("import", "/tmp/events.jsonl", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(importing.exitCode()).isEqualTo(2);
        assertThat(importing.err()).contains("Missing required option: '--org=ORG_ID'");
        var generating = ledgerlens("demo", "--orgs", "2", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(generating.exitCode()).isEqualTo(2);
        assertThat(generating.err()).contains("Missing required option: '--org=ORG_ID'");
    }

    @Test
    void the_demo_with_its_public_credentials_is_refused_on_an_external_database_unless_asked_for_by_name() {
        var run = ledgerlens("--demo", "--db-url", "jdbc:postgresql://127.0.0.1:1/none", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("credentials are public", "--demo-on-external-database");
        var asked = ledgerlens("--demo", "--demo-on-external-database", "--db-url", "jdbc:postgresql://127.0.0.1:1/none", "--port", "0");
        assertThat(asked.err()).as("it goes on, to the next thing an external database needs: a key-encryption key")
                .doesNotContain("credentials are public").contains("key-encryption key");
    }

    @Test
    void a_rate_limit_below_one_is_refused_before_anything_starts() {
        var run = ledgerlens("--rate-limit", "0", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rate-limit, --failed-sign-in-limit and --token-mint-limit are at least 1");
    }

    @Test
    void a_token_mint_limit_below_one_is_refused_before_anything_starts() {
        var run = ledgerlens("--token-mint-limit", "0", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid settings:");
    }

    @Test
    void a_time_zone_that_does_not_exist_is_refused_before_anything_starts_naming_it() {
        var run = ledgerlens("--time-zone", "Mars/Olympus", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown time zone 'Mars/Olympus'").contains("--time-zone is an IANA zone");
    }

    @Test
    void a_negative_drain_timeout_is_refused_before_anything_starts() {
        var run = ledgerlens("--drain-timeout", "-1", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a drain timeout cannot be negative").contains("--drain-timeout is 0 or more");
    }

    @Test
    void a_trusted_proxy_that_is_not_an_address_or_cidr_block_is_refused_before_anything_starts() {
        var run = ledgerlens("--trusted-proxies", "10.0.0.0/8,lb.internal", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not an IP address or CIDR block: lb.internal");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        var run = ledgerlens("--prot", "7070");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown options: '--prot'", "Usage: ledgerlens");
    }

    @Test
    void a_database_that_cannot_be_reached_is_explained_without_a_stack_trace(@TempDir Path directory) {
        var keyFile = directory.resolve("kek");
        KeyEncryptionKeyFile.write(keyFile, KeyEncryptionKey.generate());
        var run = ledgerlens("serve", "--db-url", "jdbc:postgresql://127.0.0.1:1/nowhere", "--port", "0",
                "--key-encryption-key-file", keyFile.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("ledgerlens: cannot use the database:").doesNotContain("\tat ");
    }

    @Test
    void an_external_database_without_a_key_encryption_key_is_refused_in_one_line_saying_how_to_make_one() {
        var run = ledgerlens("serve", "--db-url", "jdbc:postgresql://127.0.0.1:1/nowhere", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("ledgerlens: --db-url needs a key-encryption key")
                .contains("LEDGERLENS_KEY_ENCRYPTION_KEY", "--key-encryption-key-file", "head -c 32 /dev/urandom | base64",
                        "the same for every instance")
                .hasLineCount(1);
    }

    @Test
    void a_key_encryption_key_file_that_holds_no_key_is_refused_without_showing_what_it_holds(@TempDir Path directory)
            throws IOException {
        var keyFile = Files.writeString(directory.resolve("kek"), "correct horse battery staple\n");
        var run = ledgerlens("serve", "--db-url", "jdbc:postgresql://127.0.0.1:1/nowhere", "--port", "0",
                "--key-encryption-key-file", keyFile.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(keyFile + " does not hold a key-encryption key", "base64 of 32 random bytes")
                .doesNotContain("horse");
    }

    @Test
    void rotating_the_key_encryption_key_explains_itself_and_needs_the_new_key() {
        assertThat(ledgerlens("credentials", "rotate-key-encryption-key", "--help").out())
                .contains("--new-key-encryption-key-file", "LEDGERLENS_NEW_KEY_ENCRYPTION_KEY", "--old-key-encryption-key-file",
                        "--db-url");
        var run = ledgerlens("credentials", "rotate-key-encryption-key", "--db-url", "jdbc:postgresql://127.0.0.1:1/nowhere");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give the new key-encryption key", "--new-key-encryption-key-file");
    }
}

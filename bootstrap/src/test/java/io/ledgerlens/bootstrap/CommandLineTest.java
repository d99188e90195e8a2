package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

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
                "LEDGERLENS_DATA_DIR", "--demo", "--rate-limit", "LEDGERLENS_RATE_LIMIT", "--max-body-bytes", "serve",
                "credentials", "--failed-sign-in-limit", "LEDGERLENS_FAILED_SIGN_IN_LIMIT", "--trusted-proxies",
                "LEDGERLENS_TRUSTED_PROXIES", "--token-mint-limit", "LEDGERLENS_TOKEN_MINT_LIMIT");
    }

    @Test
    void serve_has_its_own_help() {
        var run = ledgerlens("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--db-password", "--db-pool-size");
    }

    @Test
    void import_and_demo_explain_themselves() {
        assertThat(ledgerlens("import", "--help").out()).contains("JSON Lines", "Restartable", "--batch-size", "--db-url");
        assertThat(ledgerlens("demo", "--help").out()).contains("--orgs", "--customers", "--events", "--seed", "--out");
    }

    @Test
    void importing_a_file_that_cannot_be_read_says_so() {
        var run = ledgerlens("import", "/no/such/events.jsonl", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read /no/such/events.jsonl");
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
    void a_database_that_cannot_be_reached_is_explained_without_a_stack_trace() {
        var run = ledgerlens("serve", "--db-url", "jdbc:postgresql://127.0.0.1:1/nowhere", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("ledgerlens: cannot use the database:").doesNotContain("\tat ");
    }
}

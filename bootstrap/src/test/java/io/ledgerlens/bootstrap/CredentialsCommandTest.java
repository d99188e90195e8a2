package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An operator creates, lists and revokes credentials from the command line, on a real database. */
class CredentialsCommandTest {

    private final OperatorConsole console = new OperatorConsole();

    private OperatorConsole.Run ledgerlens(String... args) {
        return console.ledgerlens(args);
    }

    /** The operator creates the orgs first: a credential belongs to a registered org. */
    @org.junit.jupiter.api.BeforeEach
    void createTheOrgs() {
        assertThat(ledgerlens("orgs", "create", "50672", "--name", "Acme Fashion").exitCode()).isZero();
        assertThat(ledgerlens("orgs", "create", "50673", "--name", "Acme Outlet", "--parent", "50672").exitCode()).isZero();
    }

    @Test
    void a_credential_for_an_org_nobody_registered_is_refused_and_says_how_to_create_the_org() {
        var refused = ledgerlens("credentials", "create", "--org", "999001", "--till-user", "till.claim", "--rights", "org.admin");
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("org 999001 is not registered", "ledgerlens orgs create 999001");
        assertThat(ledgerlens("credentials", "list", "--org", "999001").out()).contains("no credentials");
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

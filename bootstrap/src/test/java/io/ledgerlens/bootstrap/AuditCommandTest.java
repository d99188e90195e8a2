package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The operator reads the audit log from the command line: what was done to the org tree and the credentials, by whom. */
class AuditCommandTest {

    private final OperatorConsole console = new OperatorConsole();

    private OperatorConsole.Run ledgerlens(String... args) {
        return console.ledgerlens(args);
    }

    @Test
    void the_operators_changes_are_listed_newest_first_with_who_made_them_and_never_a_secret() {
        ledgerlens("orgs", "create", "50672", "--name", "Acme Fashion");
        ledgerlens("orgs", "create", "50673", "--name", "Acme Outlet");
        ledgerlens("orgs", "connect", "50672", "50673");
        ledgerlens("orgs", "connect", "50673", "50672");
        var created = ledgerlens("credentials", "create", "--org", "50673", "--till-user", "till.outlet", "--rights", "points.read");
        var password = Pattern.compile("password:\\s+(\\S+)").matcher(created.out()).results().findFirst().orElseThrow().group(1);
        var id = Pattern.compile("Created credential (\\d+)").matcher(created.out()).results().findFirst().orElseThrow().group(1);
        ledgerlens("credentials", "revoke", "--org", "50673", id);

        var audit = ledgerlens("audit");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        var lines = audit.out().lines().filter(line -> line.contains("\t")).toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).contains("DONE\tCREDENTIAL_REVOKED\torg 50673\toperator\tcredential " + id);
        assertThat(lines.get(1)).contains("DONE\tCREDENTIAL_ISSUED\torg 50673\toperator\tcredential " + id
                + ", till user till.outlet [points.read]");
        assertThat(lines.get(2)).contains("REFUSED\tORG_CONNECTED\torg 50672\toperator\torg 50672 to parent org 50673",
                "CYCLE: org 50672 is an ancestor of org 50673");
        assertThat(lines.get(3)).contains("DONE\tORG_CONNECTED\torg 50673\toperator\torg 50673 to parent org 50672\t-");
        assertThat(lines.get(5)).contains("DONE\tORG_CREATED\torg 50672\toperator\torg 50672 as a root");
        assertThat(audit.out()).doesNotContain(password);
    }

    @Test
    void the_log_is_read_by_org_action_and_time_and_bad_filters_are_usage_errors() {
        ledgerlens("orgs", "create", "50672", "--name", "Acme Fashion");
        ledgerlens("orgs", "create", "910001", "--name", "Other Tenant");
        ledgerlens("credentials", "create", "--org", "910001", "--api-client", "--rights", "points.read");

        var ofOneOrg = ledgerlens("audit", "--org", "910001", "--action", "CREDENTIAL_ISSUED").out();
        assertThat(ofOneOrg.lines().filter(line -> line.contains("\t"))).singleElement().asString()
                .contains("CREDENTIAL_ISSUED\torg 910001");
        assertThat(ledgerlens("audit", "--since", "2999-01-01T00:00:00Z").out()).contains("No audit records match.");
        assertThat(ledgerlens("audit", "--limit", "1").out().lines().filter(line -> line.contains("\t"))).hasSize(1);

        var badSince = ledgerlens("audit", "--since", "yesterday");
        assertThat(badSince.exitCode()).isEqualTo(2);
        assertThat(badSince.err()).contains("--since must be an ISO instant");
        assertThat(ledgerlens("audit", "--limit", "0").exitCode()).isEqualTo(2);
        assertThat(ledgerlens("audit", "--action", "EVERYTHING").exitCode()).isEqualTo(2);
    }
}

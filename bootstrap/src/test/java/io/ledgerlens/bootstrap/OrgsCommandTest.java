package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The operator builds the org tree from the command line, on a real database: the only way orgs come to be and connect. */
class OrgsCommandTest {

    private final OperatorConsole console = new OperatorConsole();

    private OperatorConsole.Run ledgerlens(String... args) {
        return console.ledgerlens(args);
    }

    @Test
    void the_operator_creates_a_tenant_with_an_outlet_and_lists_them_as_a_tree() {
        var root = ledgerlens("orgs", "create", "50672", "--name", "Acme Fashion", "--time-zone", "Asia/Kolkata",
                "--source-value-capturing");
        assertThat(root.exitCode()).as(root.err()).isZero();
        assertThat(root.out()).contains("Created org 50672 (Acme Fashion), a root.");
        var outlet = ledgerlens("orgs", "create", "50673", "--name", "Acme Outlet", "--parent", "50672");
        assertThat(outlet.out()).contains("Created org 50673 (Acme Outlet), a child of org 50672.");
        ledgerlens("orgs", "create", "910001", "--name", "Other Tenant");

        var listed = ledgerlens("orgs", "list");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("50672  Acme Fashion  [Asia/Kolkata, captures source values]\n"
                + "  50673  Acme Outlet  [UTC]\n", "910001  Other Tenant  [UTC]");
    }

    @Test
    void the_operator_connects_another_root_and_disconnects_it_again() {
        ledgerlens("orgs", "create", "50672", "--name", "Acme Fashion");
        ledgerlens("orgs", "create", "910001", "--name", "Other Tenant");
        var connected = ledgerlens("orgs", "connect", "50672", "910001");
        assertThat(connected.exitCode()).as(connected.err()).isZero();
        assertThat(connected.out()).contains("Connected org 910001 to org 50672 as its child.");
        assertThat(ledgerlens("orgs", "connect", "50672", "910001").out()).contains("is a child of org 50672 already");
        assertThat(ledgerlens("orgs", "list").out()).contains("50672  Acme Fashion  [UTC]\n  910001  Other Tenant  [UTC]");

        var disconnected = ledgerlens("orgs", "disconnect", "50672", "910001");
        assertThat(disconnected.exitCode()).isZero();
        assertThat(disconnected.out()).contains("Disconnected org 910001 from org 50672; it is a root now.");
        assertThat(ledgerlens("orgs", "list").out()).contains("\n910001  Other Tenant  [UTC]");
    }

    @Test
    void a_taken_id_an_unregistered_parent_a_cycle_and_a_child_of_another_parent_are_refused_with_exit_code_3() {
        ledgerlens("orgs", "create", "50672", "--name", "Acme Fashion");
        ledgerlens("orgs", "create", "50673", "--name", "Acme Outlet", "--parent", "50672");
        ledgerlens("orgs", "create", "910001", "--name", "Other Tenant");
        var taken = ledgerlens("orgs", "create", "50672", "--name", "Again");
        assertThat(taken.exitCode()).isEqualTo(3);
        assertThat(taken.err()).contains("org 50672 is registered already");
        assertThat(ledgerlens("orgs", "create", "60000", "--name", "Orphan", "--parent", "60001").err())
                .contains("org 60001 is not registered");
        assertThat(ledgerlens("orgs", "connect", "50673", "50672").err()).contains("would make a cycle");
        assertThat(ledgerlens("orgs", "connect", "910001", "50673").err()).contains("connected to org 50672 already");
        assertThat(ledgerlens("orgs", "disconnect", "910001", "50673").err()).contains("org 50673 is not a child of org 910001");
        assertThat(ledgerlens("orgs", "list").out()).contains("50672  Acme Fashion  [UTC]\n  50673  Acme Outlet  [UTC]\n")
                .doesNotContain("Again", "Orphan");
    }

    @Test
    void bad_input_is_a_usage_error_before_the_database_is_touched() {
        var zone = ledgerlens("orgs", "create", "7", "--name", "Somewhere", "--time-zone", "Mars/Olympus");
        assertThat(zone.exitCode()).isEqualTo(2);
        assertThat(zone.err()).contains("unknown time zone 'Mars/Olympus'");
        assertThat(ledgerlens("orgs", "create", "0", "--name", "Zero").err()).contains("positive org ids");
        assertThat(ledgerlens("orgs", "create", "8", "--name", " ").err()).contains("--name must have 1 to 255 printable characters");
        assertThat(ledgerlens("orgs", "create", "9", "--name", "x".repeat(256)).exitCode()).isEqualTo(2);
        assertThat(ledgerlens("orgs", "create", "9", "--name", "Self", "--parent", "9").err()).contains("its own parent");
        assertThat(ledgerlens("orgs", "connect", "-1", "9").exitCode()).isEqualTo(2);
        assertThat(ledgerlens("orgs", "list").out()).contains("No orgs yet");
    }
}

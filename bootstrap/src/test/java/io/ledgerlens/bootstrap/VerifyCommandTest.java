package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator, and later an auditor, verify an org's ledger from the command line. */
class VerifyCommandTest {

    private static final Pattern HEAD = Pattern.compile("head at position (\\d+) \\(event (\\d+),");
    private final OperatorConsole console = new OperatorConsole();

    private OperatorConsole.Run ledgerlens(String... args) {
        return console.ledgerlens(args);
    }

    @BeforeEach
    void generateALedger() {
        var generated = ledgerlens("demo", "--org", "910001", "--orgs", "1", "--customers", "20", "--events", "60", "--seed", "3");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
    }

    @Test
    void an_untouched_ledger_holds_and_a_signed_checkpoint_of_its_head_is_printed() {
        var run = ledgerlens("verify", "--org", "910001", "--checkpoint");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Org 910001: the chain holds, 60 events, head at position 60");
        var checkpoint = run.out().lines().filter(line -> line.startsWith("ey")).findFirst().orElseThrow();
        assertThat(checkpoint.split("\\.")).hasSize(3);
        var again = ledgerlens("verify", "--org", "910001", "--against", checkpoint);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("It still holds the checkpoint of");
    }

    @Test
    void an_amount_the_owner_rewrote_with_the_triggers_off_is_named_with_exit_code_3() {
        var head = HEAD.matcher(ledgerlens("verify", "--org", "910001").out()).results().findFirst().orElseThrow();
        var event = Long.parseLong(head.group(2));
        console.rewriteAsTheOwner("update points_allocation set value = value + 1000 where event_log_id = " + event);
        var run = ledgerlens("verify", "--org", "910001");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("does not hold at position 60 (event " + event + ")", "no longer says what it said",
                "The 59 links before it hold.");
    }

    @Test
    void the_last_event_removed_with_its_link_still_verifies_but_no_longer_holds_the_checkpoint_an_auditor_kept() {
        var run = ledgerlens("verify", "--org", "910001", "--checkpoint");
        var checkpoint = run.out().lines().filter(line -> line.startsWith("ey")).findFirst().orElseThrow();
        var event = Long.parseLong(HEAD.matcher(run.out()).results().findFirst().orElseThrow().group(2));
        console.rewriteAsTheOwner("delete from ledger_chain where event_log_id = " + event);
        console.rewriteAsTheOwner("delete from ledger_event where event_log_id = " + event);

        assertThat(ledgerlens("verify", "--org", "910001").exitCode()).as("what is left is a chain that holds").isZero();
        var audited = ledgerlens("verify", "--org", "910001", "--against", checkpoint);
        assertThat(audited.exitCode()).isEqualTo(3);
        assertThat(audited.out()).contains("It no longer holds the checkpoint", "position 60 is gone", "was rewritten");
    }

    @Test
    void a_forged_or_foreign_checkpoint_is_refused_as_a_usage_error() {
        var run = ledgerlens("verify", "--org", "910001", "--checkpoint");
        var checkpoint = run.out().lines().filter(line -> line.startsWith("ey")).findFirst().orElseThrow();
        var parts = checkpoint.split("\\.");
        var forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThat(ledgerlens("verify", "--org", "910001", "--against", forged).exitCode()).isEqualTo(2);
        assertThat(ledgerlens("verify", "--org", "910002", "--against", checkpoint).err()).contains("not a checkpoint of org 910002");
        assertThat(ledgerlens("verify", "--org", "910001", "--against", "not.a.checkpoint").exitCode()).isEqualTo(2);
    }
}

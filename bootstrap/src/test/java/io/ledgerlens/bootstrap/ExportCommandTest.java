package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator backs an org's ledger up from the command line, and restores it into an empty database. */
class ExportCommandTest {

    private final OperatorConsole console = new OperatorConsole();
    @TempDir
    Path directory;

    @BeforeEach
    void generateALedger() {
        var generated = console.ledgerlens("demo", "--org", "910001", "--orgs", "2", "--customers", "40", "--events", "120",
                "--seed", "3");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
    }

    @Test
    void an_export_restored_with_the_commands_it_prints_imports_every_line_into_an_empty_database() throws IOException {
        var file = directory.resolve("910001.jsonl");
        var run = console.ledgerlens("export", "--org", "910001", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Exported", "20 customers", "60 events", "To restore it into an empty ledger:");
        var lines = Files.readAllLines(file).size();

        var empty = new OperatorConsole();
        var restore = run.out().lines().filter(line -> line.startsWith("  ledgerlens ")).toList();
        assertThat(restore).hasSize(2);
        assertThat(restore.get(0)).contains("orgs create 910001 --name 'Scale Retail' --time-zone Asia/Kolkata");
        OperatorConsole.Run last = null;
        for (var command : restore) {
            last = empty.ledgerlens(words(command.strip().substring("ledgerlens ".length())));
            assertThat(last.exitCode()).as(command + "\n" + last.err()).isZero();
        }
        assertThat(last.out()).contains(String.format("Imported %,d, skipped 0 (already present), rejected 0.", lines));
    }

    @Test
    void an_unknown_org_is_a_usage_error_and_leaves_no_file() {
        var file = directory.resolve("nobody.jsonl");
        var run = console.ledgerlens("export", "--org", "424242", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("org 424242 is not registered");
        assertThat(directory.toFile().list()).isEmpty();
    }

    @Test
    void a_since_that_is_none_of_the_orgs_events_is_a_usage_error_and_leaves_no_file() {
        var file = directory.resolve("later.jsonl");
        var run = console.ledgerlens("export", "--org", "910001", "--since", "987654321", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("event 987654321 is not one of org 910001's events");
        assertThat(directory.toFile().list()).isEmpty();
    }

    @Test
    void a_file_that_exists_is_refused_before_the_database_is_opened() throws IOException {
        var file = Files.writeString(directory.resolve("keep.jsonl"), "precious");
        var err = new java.io.StringWriter();
        int exitCode = LedgerLensCommand.commandLine().setErr(new java.io.PrintWriter(err)).setOut(new java.io.PrintWriter(
                new java.io.StringWriter())).execute("export", "--org", "910001", file.toString(),
                "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("keep.jsonl exists: an export never writes over a file");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void the_child_orgs_export_holds_its_own_ledger_only() throws IOException {
        var parent = directory.resolve("parent.jsonl");
        var child = directory.resolve("child.jsonl");
        assertThat(console.ledgerlens("export", "--org", "910001", parent.toString()).exitCode()).isZero();
        var run = console.ledgerlens("export", "--org", "910002", child.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("--parent 910001");
        var customerIds = Pattern.compile("\"customerId\":(\\d+)");
        var parents = customerIds.matcher(Files.readString(parent)).results().map(m -> m.group(1)).distinct().toList();
        var childs = customerIds.matcher(Files.readString(child)).results().map(m -> m.group(1)).distinct().toList();
        assertThat(parents).hasSize(20).doesNotContainAnyElementsOf(childs);
        assertThat(childs).hasSize(20);
    }

    @Test
    void export_explains_itself() {
        assertThat(console.ledgerlens("export", "--help").out()).contains("JSON Lines", "resumes after the last complete line",
                "--since", "--org", "--db-url", "--metrics-file", "Exit code 0");
    }

    /** A restore command's words: split on spaces, a single-quoted name kept whole. */
    private static String[] words(String command) {
        var words = new ArrayList<String>();
        var matcher = Pattern.compile("'((?:[^']|'\\\\'')*)'|(\\S+)").matcher(command);
        while (matcher.find()) {
            words.add(matcher.group(1) != null ? matcher.group(1).replace("'\\''", "'") : matcher.group(2));
        }
        return words.toArray(String[]::new);
    }
}

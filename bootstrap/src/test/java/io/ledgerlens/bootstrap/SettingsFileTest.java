package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment's settings can live in a file: a flag outranks the environment, which outranks the file, which
 * outranks the default; {@code ledgerlens config} shows what serve would run with, and where each came from.
 */
class SettingsFileTest {

    @TempDir
    Path dir;

    private Path file(String lines) throws IOException {
        var file = dir.resolve("ledgerlens.properties");
        Files.writeString(file, lines);
        return file;
    }

    private String config(Map<String, String> environment, String... args) {
        var out = new StringWriter();
        var settings = SettingsFile.chosenBy(args, environment);
        var exit = LedgerLensCommand.commandLine(settings).setOut(new PrintWriter(out)).execute(args);
        assertThat(exit).isZero();
        return out.toString();
    }

    @Test
    void settings_in_the_file_are_used_where_no_flag_gives_them() throws IOException {
        var file = file("port=8081\ndb-pool-size=4\ntrusted-proxies=10.0.0.0/8,192.168.0.1\n");
        var shown = config(Map.of(), "config", "--config", file.toString());
        assertThat(shown).contains("port=8081    # file " + file, "db-pool-size=4    # file " + file,
                "trusted-proxies=10.0.0.0/8,192.168.0.1    # file", "rate-limit=100    # default");
    }

    @Test
    void a_flag_outranks_the_file() throws IOException {
        var file = file("port=8081\n");
        assertThat(config(Map.of(), "config", "--config=" + file, "--port", "9000")).contains("port=9000    # flag");
    }

    @Test
    void the_environment_outranks_the_file() throws IOException {
        var settings = SettingsFile.chosenBy(new String[] {"--config", file("port=8081\n").toString()},
                Map.of("LEDGERLENS_PORT", "7777"));
        var port = LedgerLensCommand.commandLine(settings).getSubcommands().get("config").getCommandSpec().findOption("--port");
        assertThat(settings.defaultValue(port)).as("left to the option's own default, which reads the variable").isNull();
        assertThat(settings.sourceOf(port)).isEqualTo("environment LEDGERLENS_PORT");
    }

    @Test
    void the_file_may_come_from_the_environment() throws IOException {
        var file = file("max-body-bytes=2000000\n");
        assertThat(config(Map.of("LEDGERLENS_CONFIG", file.toString()), "config")).contains("max-body-bytes=2000000    # file");
    }

    @Test
    void passwords_are_masked_wherever_they_are() throws IOException {
        var file = file("db-password=s3cret\ndb-url=jdbc:postgresql://db:5432/ledger?user=ll&password=hunter2\n");
        var shown = config(Map.of(), "config", "--config", file.toString());
        assertThat(shown).contains("db-password=********", "db-url=jdbc:postgresql://db:5432/ledger?user=ll&password=********")
                .doesNotContain("s3cret", "hunter2");
    }

    @Test
    void a_misspelt_setting_is_refused_naming_it() throws IOException {
        var file = file("prot=8081\n");
        assertThatThrownBy(() -> SettingsFile.chosenBy(new String[] {"--config", file.toString()}, Map.of()))
                .hasMessageContaining("settings LedgerLens does not have: prot").hasMessageContaining("port");
    }

    @Test
    void a_file_that_cannot_be_read_is_refused_naming_it() {
        var missing = dir.resolve("nowhere.properties");
        assertThatThrownBy(() -> SettingsFile.chosenBy(new String[] {"--config", missing.toString()}, Map.of()))
                .hasMessageContaining("cannot read the settings file " + missing);
    }
}

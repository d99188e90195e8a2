package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How log lines look is chosen on the command line before the first line is written, and only json or text. */
class LogFormatTest {

    @AfterEach
    void forget() {
        System.clearProperty(LogFormat.PROPERTY);
    }

    @Test
    void the_command_line_chooses_text_or_json_in_either_spelling_of_the_option() {
        LogFormat.choose(new String[] {"serve", "--log-format", "TEXT"});
        assertThat(new LogFormat().getPropertyValue()).isEqualTo("text");
        LogFormat.choose(new String[] {"serve", "--log-format=json"});
        assertThat(new LogFormat().getPropertyValue()).isEqualTo("json");
    }

    @Test
    void an_unknown_format_falls_back_to_the_default_and_the_command_refuses_it() {
        LogFormat.choose(new String[] {"--log-format", "yaml"});
        // No terminal under the test runner: JSON lines, as for a log shipper.
        assertThat(new LogFormat().getPropertyValue()).isEqualTo(System.console() == null ? "json" : "text");
        assertThat(LogFormat.known("yaml")).isEmpty();
        assertThat(LogFormat.known(" Json ")).contains("json");
    }
}

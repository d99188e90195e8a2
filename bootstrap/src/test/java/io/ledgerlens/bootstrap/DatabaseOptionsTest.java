package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.bootstrap.access.KeyEncryptionKeyFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the key-encryption keys come from: a variable holding the key, or a file. */
class DatabaseOptionsTest {

    private final Map<String, String> environment = new HashMap<>();
    private final DatabaseOptions options = new DatabaseOptions();

    DatabaseOptionsTest() {
        options.environment = environment::get;
    }

    @Test
    void the_key_and_the_old_one_may_come_from_their_variables() {
        var current = KeyEncryptionKey.generate();
        var old = KeyEncryptionKey.generate();
        environment.put("LEDGERLENS_KEY_ENCRYPTION_KEY", current.toBase64() + "\n");
        environment.put("LEDGERLENS_OLD_KEY_ENCRYPTION_KEY", old.toBase64());

        var keys = options.givenKeys().orElseThrow();

        assertThat(keys.sealing()).isEqualTo(current);
        assertThat(keys.old()).contains(old);
    }

    @Test
    void the_key_may_come_from_a_file(@TempDir Path directory) {
        var key = KeyEncryptionKey.generate();
        options.keyFile = directory.resolve("kek");
        KeyEncryptionKeyFile.write(options.keyFile, key);

        assertThat(options.givenKeys().orElseThrow().sealing()).isEqualTo(key);
    }

    @Test
    void a_key_given_both_in_its_variable_and_as_a_file_is_refused(@TempDir Path directory) {
        environment.put("LEDGERLENS_KEY_ENCRYPTION_KEY", KeyEncryptionKey.generate().toBase64());
        options.keyFile = directory.resolve("kek");
        KeyEncryptionKeyFile.write(options.keyFile, KeyEncryptionKey.generate());

        assertThatThrownBy(options::givenKeys).isInstanceOf(SettingsRefusedException.class)
                .hasMessageContaining("LEDGERLENS_KEY_ENCRYPTION_KEY or --key-encryption-key-file, not both");
    }

    @Test
    void a_variable_that_holds_no_key_is_refused_without_being_echoed() {
        environment.put("LEDGERLENS_KEY_ENCRYPTION_KEY", "hunter2");

        assertThatThrownBy(options::givenKeys).isInstanceOf(SettingsRefusedException.class)
                .hasMessageContaining("LEDGERLENS_KEY_ENCRYPTION_KEY is not a key-encryption key").hasMessageNotContaining("hunter2");
    }

    @Test
    void an_old_key_without_a_current_one_is_refused() {
        environment.put("LEDGERLENS_OLD_KEY_ENCRYPTION_KEY", KeyEncryptionKey.generate().toBase64());

        assertThatThrownBy(options::givenKeys).isInstanceOf(SettingsRefusedException.class)
                .hasMessageContaining("an old key-encryption key needs the current one too");
    }

    @Test
    void without_a_key_the_embedded_default_keeps_its_own_in_the_data_directory(@TempDir Path directory) {
        options.dataDir = directory;

        assertThat(options.givenKeys()).isEmpty();
        assertThat(options.embeddedKeyFile()).contains(directory.resolve("ledgerlens-key-encryption-key"));
    }
}

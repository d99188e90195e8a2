package io.ledgerlens.bootstrap.access;

import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A key-encryption key in a file of its own, as the base64 of its 32 bytes
 * on one line: the operator's ({@code --key-encryption-key-file}), or the one
 * the embedded default makes in its data directory. A file written here is
 * readable and writable by its owner only from the moment it exists, and
 * appears whole or not at all (written aside, then renamed).
 */
public final class KeyEncryptionKeyFile {

    /** How an operator makes a key: what every message about a missing or unreadable key suggests. */
    public static final String HOW_TO_MAKE_ONE = "head -c 32 /dev/urandom | base64";

    private KeyEncryptionKeyFile() {
    }

    /**
     * The key in {@code file}.
     *
     * @param file a file holding the base64 of 32 bytes; surrounding whitespace is allowed
     * @return the key
     * @throws IllegalArgumentException if it cannot be read or holds no key; the message never quotes the file
     */
    public static KeyEncryptionKey read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot read the key-encryption key file " + file + " ("
                    + unreadable.getClass().getSimpleName() + ")", unreadable);
        }
        return KeyEncryptionKey.fromBase64(text).orElseThrow(() -> new IllegalArgumentException(file
                + " does not hold a key-encryption key: the base64 of 32 random bytes, as `" + HOW_TO_MAKE_ONE + "` prints"));
    }

    /**
     * The key in {@code file}; if there is no such file, a new key, written there first.
     *
     * @param file where the key is, or is to be kept (owner read/write only)
     * @return the key the file holds now
     * @throws IllegalArgumentException if the file exists but cannot be read or holds no key
     * @throws java.io.UncheckedIOException if a new key cannot be written
     */
    public static KeyEncryptionKey readOrCreate(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        var key = KeyEncryptionKey.generate();
        write(file, key);
        return key;
    }

    /**
     * Writes {@code key} to {@code file} (owner read/write only), replacing the key there, if any, at once.
     *
     * @param file where the key is kept
     * @param key the key, written as the base64 of its bytes on one line
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, KeyEncryptionKey key) {
        OwnerOnlyFile.write(file, key.toBase64() + "\n");
    }
}

package io.ledgerlens.adapter.persistence.access;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value sealed under a {@link KeyEncryptionKey}, as it is stored:
 * {@code sealed:v1:<fingerprint>:<nonce>:<ciphertext>} (base64url without
 * padding; the ciphertext ends with GCM's 16-byte tag). The version says how
 * to read the rest; the fingerprint says which key-encryption key opens it, so
 * that during a rotation values sealed under the old and the new key can be
 * told apart and opened side by side.
 */
record SealedValue(String fingerprint, byte[] nonce, byte[] ciphertext) {

    /** What every sealed value starts with, and what no JSON text (a key in the clear) can start with. */
    static final String PREFIX = "sealed:";
    private static final String V1 = PREFIX + "v1:";
    private static final Pattern V1_FORMAT = Pattern.compile(
            Pattern.quote(V1) + "([0-9a-f]{16}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22,})");

    /** Whether {@code stored} claims to be sealed (it may still be malformed: see {@link #parse}). */
    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** The stored text read back; empty if it is not a version-1 sealed value. */
    static Optional<SealedValue> parse(String stored) {
        var matcher = V1_FORMAT.matcher(stored);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var decoder = Base64.getUrlDecoder();
        return Optional.of(new SealedValue(matcher.group(1), decoder.decode(matcher.group(2)), decoder.decode(matcher.group(3))));
    }

    /** The text to store. */
    String text() {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return V1 + fingerprint + ":" + encoder.encodeToString(nonce) + ":" + encoder.encodeToString(ciphertext);
    }

    @Override
    public String toString() {
        return "SealedValue[" + fingerprint + "]";
    }
}

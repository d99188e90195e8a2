package io.ledgerlens.adapter.persistence.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key-encryption key: 256 random bits that seal secrets at rest with
 * AES-256-GCM and are never stored beside them, so that the database's rows
 * alone (a dump, a backup, a row read by mistake) do not give the secrets away.
 *
 * <p>It is named by a {@link #fingerprint()}, the first 8 bytes of a SHA-256
 * over a label and the key: enough to say which key sealed a value, and safe
 * to print, since it helps nobody guess a 256-bit key. The key's bytes are
 * never in {@link #toString()} nor in any message.
 */
public final class KeyEncryptionKey {

    /** The length of a key: 256 bits, for AES-256. */
    public static final int BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final byte[] FINGERPRINT_LABEL = "ledgerlens key-encryption key\0".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;
    private final String fingerprint;

    private KeyEncryptionKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a key-encryption key is " + BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
        this.fingerprint = fingerprintOf(this.bytes);
    }

    /**
     * A new key from the system's strong random source.
     *
     * @return a key never seen before, to write to its own file
     */
    public static KeyEncryptionKey generate() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new KeyEncryptionKey(bytes);
    }

    /**
     * The key written as the base64 of its 32 bytes, as {@code head -c 32 /dev/urandom | base64} prints it
     * (surrounding white space ignored); empty unless it is exactly that. The text is never echoed back.
     *
     * @param text the key as its file holds it
     * @return the key, or empty if the text is not the base64 of 32 bytes
     */
    public static Optional<KeyEncryptionKey> fromBase64(String text) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        try {
            return decoded.length == BYTES ? Optional.of(new KeyEncryptionKey(decoded)) : Optional.empty();
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    /**
     * The base64 of the key: for writing it to its own file, the one place it may go.
     *
     * @return the key's bytes in base64, as {@link #fromBase64(String)} reads them
     */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * 16 hex digits that name this key in sealed values and messages.
     *
     * @return the key's fingerprint, safe to print
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** {@code plaintext} sealed under this key with a fresh random nonce, bound to {@code associatedData}. */
    SealedValue seal(byte[] plaintext, byte[] associatedData) {
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            cipher.updateAAD(associatedData);
            return new SealedValue(fingerprint, nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("the Java runtime cannot seal with AES-256-GCM", failure);
        }
    }

    /**
     * What {@code sealed} holds, if this key sealed it with {@code associatedData}; empty when the key, the
     * associated data (another row) or the sealed bytes differ from those it was sealed with.
     */
    Optional<byte[]> open(SealedValue sealed, byte[] associatedData) {
        if (!fingerprint.equals(sealed.fingerprint())) {
            return Optional.empty();
        }
        try {
            var cipher = cipher(Cipher.DECRYPT_MODE, sealed.nonce());
            cipher.updateAAD(associatedData);
            return Optional.of(cipher.doFinal(sealed.ciphertext()));
        } catch (AEADBadTagException altered) {
            return Optional.empty();
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("the Java runtime cannot open with AES-256-GCM", failure);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        var cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(bytes, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }

    private static String fingerprintOf(byte[] key) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(FINGERPRINT_LABEL);
            return HexFormat.of().formatHex(digest.digest(key), 0, 8);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("the Java runtime has no SHA-256", missing);
        }
    }

    /** Two keys are the same key when their bytes are (compared in constant time). */
    @Override
    public boolean equals(Object other) {
        return other instanceof KeyEncryptionKey that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[" + fingerprint + "]";
    }
}

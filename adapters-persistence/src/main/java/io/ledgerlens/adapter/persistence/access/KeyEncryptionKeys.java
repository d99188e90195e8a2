package io.ledgerlens.adapter.persistence.access;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The key-encryption keys an instance holds: the one that seals, and during a
 * rotation the old one, which still opens what it sealed but seals nothing. So instances can be moved to a new key one at a time while every
 * one of them still opens every stored value.
 *
 * @param sealing the key that seals every new value, and opens what it sealed
 * @param old during a rotation, the previous key, which only opens
 */
public record KeyEncryptionKeys(KeyEncryptionKey sealing, Optional<KeyEncryptionKey> old) {

    /**
     * Both are required; no old key is {@link Optional#empty()}, not {@code null}.
     *
     * @param sealing the key that seals every new value
     * @param old the previous key, or empty outside a rotation
     */
    public KeyEncryptionKeys {
        Objects.requireNonNull(sealing, "sealing");
        Objects.requireNonNull(old, "old");
    }

    /**
     * One key, which seals and opens.
     *
     * @param key the instance's key
     * @return the keys outside a rotation
     */
    public static KeyEncryptionKeys of(KeyEncryptionKey key) {
        return new KeyEncryptionKeys(key, Optional.empty());
    }

    /**
     * These keys, opening also what {@code older} sealed.
     *
     * @param older the key being rotated out
     * @return the keys during a rotation; this one's old key, if any, is replaced
     */
    public KeyEncryptionKeys withOld(KeyEncryptionKey older) {
        return new KeyEncryptionKeys(sealing, Optional.of(older));
    }

    /** {@code plaintext} sealed under the sealing key, bound to {@code associatedData}: the text to store. */
    String seal(String plaintext, String associatedData) {
        return sealing.seal(plaintext.getBytes(StandardCharsets.UTF_8), bytes(associatedData)).text();
    }

    /**
     * What {@code stored} holds, opened with whichever of these keys sealed it.
     *
     * @throws SealedKeyException if none of them did, or it was sealed for other associated data, or altered;
     *                            the message names the keys by fingerprint and holds nothing secret
     */
    String open(String stored, String associatedData, String what) {
        var sealed = SealedValue.parse(stored)
                .orElseThrow(() -> new SealedKeyException(what + " is not a sealed value this version can read"));
        var key = Stream.concat(Stream.of(sealing), old.stream())
                .filter(candidate -> candidate.fingerprint().equals(sealed.fingerprint())).findFirst()
                .orElseThrow(() -> new SealedKeyException(what + " is sealed under key-encryption key "
                        + sealed.fingerprint() + ", and the key-encryption key given is " + describe()));
        var opened = key.open(sealed, bytes(associatedData)).orElseThrow(() -> new SealedKeyException(what
                + " does not open with key-encryption key " + key.fingerprint() + ": it was altered or copied from another row"));
        return new String(opened, StandardCharsets.UTF_8);
    }

    /** Whether {@code stored} is sealed under {@code key} (by its fingerprint; opening it is what proves it). */
    static boolean sealedUnder(String stored, KeyEncryptionKey key) {
        return SealedValue.parse(stored).map(sealed -> sealed.fingerprint().equals(key.fingerprint())).orElse(false);
    }

    /**
     * The fingerprints, for messages: {@code a1b2... (old c3d4...)}.
     *
     * @return the keys' fingerprints, safe to print
     */
    public String describe() {
        return sealing.fingerprint() + old.map(older -> " (old " + older.fingerprint() + ")").orElse("");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "KeyEncryptionKeys[" + describe() + "]";
    }
}

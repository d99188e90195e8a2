package io.ledgerlens.adapter.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A key-encryption key as an operator makes it, and what it seals. */
class KeyEncryptionKeyTest {

    private static final byte[] ROW = "token_signing_key k1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECRET = "{\"d\":\"private\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_key_made_with_head_and_base64_is_read_with_its_trailing_newline() {
        var text = Base64.getEncoder().encodeToString(new byte[32]) + "\n";
        var key = KeyEncryptionKey.fromBase64(text).orElseThrow();
        assertThat(key.toBase64()).isEqualTo(text.strip());
        assertThat(key.fingerprint()).matches("[0-9a-f]{16}");
        assertThat(KeyEncryptionKey.fromBase64(text)).contains(key);
    }

    @Test
    void anything_but_the_base64_of_32_bytes_is_no_key() {
        assertThat(KeyEncryptionKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16]))).isEmpty();
        assertThat(KeyEncryptionKey.fromBase64("not base64 at all!")).isEmpty();
        assertThat(KeyEncryptionKey.fromBase64("")).isEmpty();
    }

    @Test
    void a_key_is_shown_by_its_fingerprint_only() {
        var key = KeyEncryptionKey.generate();
        assertThat(key.toString()).contains(key.fingerprint()).doesNotContain(key.toBase64());
        assertThat(KeyEncryptionKeys.of(key).withOld(KeyEncryptionKey.generate()).toString()).doesNotContain(key.toBase64());
    }

    @Test
    void the_same_secret_sealed_twice_looks_different_and_opens_both_times() {
        var key = KeyEncryptionKey.generate();
        var first = key.seal(SECRET, ROW);
        var second = key.seal(SECRET, ROW);
        assertThat(first.text()).isNotEqualTo(second.text());
        assertThat(key.open(SealedValue.parse(first.text()).orElseThrow(), ROW)).hasValue(SECRET);
        assertThat(key.open(SealedValue.parse(second.text()).orElseThrow(), ROW)).hasValue(SECRET);
    }

    @Test
    void a_sealed_secret_opens_neither_under_another_key_nor_for_another_row_nor_once_altered() {
        var key = KeyEncryptionKey.generate();
        var sealed = key.seal(SECRET, ROW);
        var altered = sealed.ciphertext().clone();
        altered[0] ^= 1;
        assertThat(KeyEncryptionKey.generate().open(sealed, ROW)).isEmpty();
        assertThat(key.open(sealed, "token_signing_key k2".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(key.open(new SealedValue(sealed.fingerprint(), sealed.nonce(), altered), ROW)).isEmpty();
    }
}

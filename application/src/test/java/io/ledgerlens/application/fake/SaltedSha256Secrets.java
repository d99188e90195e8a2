package io.ledgerlens.application.fake;

import io.ledgerlens.application.port.out.SecretHashingPort;
import io.ledgerlens.domain.access.SecretHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fast stand-in for the Argon2id adapter in tests that are not about hashing:
 * salted SHA-256, which is far too quick to guess against for production. It
 * counts the hashes it checked and what it was told to forget, so tests can
 * see both.
 */
public final class SaltedSha256Secrets implements SecretHashingPort {

    private final SecureRandom random = new SecureRandom();
    private final Set<SecretHash> forgotten = ConcurrentHashMap.newKeySet();

    @Override
    public SecretHash hash(String secret) {
        var salt = new byte[8];
        random.nextBytes(salt);
        var hexSalt = HexFormat.of().formatHex(salt);
        return new SecretHash("$sha256$" + hexSalt + "$" + digest(hexSalt + secret));
    }

    @Override
    public boolean matches(String secret, SecretHash hash) {
        var parts = hash.encoded().split("\\$");
        return parts.length == 4 && MessageDigest.isEqual(
                digest(parts[2] + secret).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void forget(SecretHash hash) {
        forgotten.add(hash);
    }

    public boolean wasToldToForget(SecretHash hash) {
        return forgotten.contains(hash);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException(absent);
        }
    }
}

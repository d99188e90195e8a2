package io.ledgerlens.adapter.persistence.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.ledgerlens.application.port.out.SecretHashingPort;
import io.ledgerlens.domain.access.SecretHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Secrets hashed with Argon2id at OWASP's recommended parameters (19 MiB,
 * two passes, one lane), stored as PHC strings so that parameters can be
 * raised later without losing older hashes.
 *
 * <p>A till sends Basic on every request; a full Argon2id check (tens of
 * milliseconds and 19 MiB) each time would make CPU the limit of the service.
 * Successful checks are therefore remembered in a bounded cache that forgets
 * them after a while, and at once for a revoked credential. The cache keeps a
 * SHA-256 of the presented secret, never the secret.
 */
public final class Argon2idSecrets implements SecretHashingPort {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int ARGON2_VERSION_1_3 = 0x13;

    private final Argon2Function argon2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES,
            Argon2.ID, ARGON2_VERSION_1_3);
    private final Cache<Verified, Boolean> verified;

    /** A verified secret: which hash it matched, and a digest of what was presented. */
    private record Verified(String hash, String presentedDigest) {
    }

    /** Remembers at most {@code capacity} verified secrets, each for {@code remembered}. */
    public Argon2idSecrets(long capacity, Duration remembered) {
        this.verified = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(remembered).build();
    }

    /** Ten thousand verified secrets for five minutes: every till of a large org, in a few megabytes. */
    public static Argon2idSecrets withDefaultCache() {
        return new Argon2idSecrets(10_000, Duration.ofMinutes(5));
    }

    @Override
    public SecretHash hash(String secret) {
        return new SecretHash(Password.hash(secret).addRandomSalt(SALT_BYTES).with(argon2).getResult());
    }

    @Override
    public boolean matches(String secret, SecretHash hash) {
        var key = new Verified(hash.encoded(), sha256(secret));
        if (verified.getIfPresent(key) != null) {
            return true;
        }
        boolean matches;
        try {
            matches = Password.check(secret, hash.encoded()).with(Argon2Function.getInstanceFromHash(hash.encoded()));
        } catch (RuntimeException notAnArgon2Hash) {
            // A stored hash we cannot read lets nobody in; it does not fail the request.
            return false;
        }
        if (matches) {
            verified.put(key, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public void forget(SecretHash hash) {
        verified.asMap().keySet().removeIf(key -> key.hash().equals(hash.encoded()));
    }

    /** How many verified secrets are remembered now (for tests and metrics). */
    public long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java runtime has SHA-256", absent);
        }
    }
}

package io.ledgerlens.application.fake;

import io.ledgerlens.application.port.out.access.SecretCheck;
import io.ledgerlens.application.port.out.access.SecretHashingPort;
import io.ledgerlens.domain.access.SecretHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A fast stand-in for the Argon2id adapter in tests that are not about hashing:
 * salted SHA-256, which is far too quick to guess against for production. It
 * counts the checks it made, against which hashes, and what it was told to
 * forget, so tests can see all three. Told to, it holds every check it starts
 * until released (a slow hash), or answers every check busy as the real one
 * does when all its checks at once are taken.
 */
public final class SaltedSha256Secrets implements SecretHashingPort {

    private final SecureRandom random = new SecureRandom();
    private final Set<SecretHash> forgotten = ConcurrentHashMap.newKeySet();
    private final List<SecretHash> checked = new CopyOnWriteArrayList<>();
    private volatile Duration busyFor = Duration.ZERO;
    private volatile CountDownLatch held = new CountDownLatch(0);

    @Override
    public SecretHash hash(String secret) {
        var salt = new byte[8];
        random.nextBytes(salt);
        var hexSalt = HexFormat.of().formatHex(salt);
        return new SecretHash("$sha256$" + hexSalt + "$" + digest(hexSalt + secret));
    }

    @Override
    public SecretCheck matches(String secret, SecretHash hash) {
        if (!busyFor.isZero()) {
            return new SecretCheck.Busy(busyFor);
        }
        checked.add(hash);
        awaitRelease();
        var parts = hash.encoded().split("\\$");
        return parts.length == 4 && MessageDigest.isEqual(
                digest(parts[2] + secret).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))
                ? new SecretCheck.Matched() : new SecretCheck.Mismatched();
    }

    /** The hashes checked so far, in order, one per check made. */
    public List<SecretHash> checked() {
        return List.copyOf(checked);
    }

    /** From now on every check, once started (and counted), waits until {@link #releaseChecks()}. */
    public void holdChecks() {
        held = new CountDownLatch(1);
    }

    public void releaseChecks() {
        held.countDown();
    }

    private void awaitRelease() {
        try {
            if (!held.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("checks were held and never released");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** From now on no check is made, each answered busy with {@code retryAfter}; {@code Duration.ZERO} ends it. */
    public void beBusy(Duration retryAfter) {
        busyFor = retryAfter;
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

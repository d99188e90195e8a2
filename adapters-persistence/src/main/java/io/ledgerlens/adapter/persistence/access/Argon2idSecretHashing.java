package io.ledgerlens.adapter.persistence.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.ledgerlens.application.port.out.access.SecretCheck;
import io.ledgerlens.application.port.out.access.SecretHashingPort;
import io.ledgerlens.domain.access.SecretHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p>Each check holds 19 MiB of heap while it runs, so a crowd of wrong
 * passwords sent at once would otherwise be a crowd of 19 MiB arrays. Checks
 * take a permit from a fixed pool (as many as {@link #checksAtOnceFor} a
 * quarter of the heap); a check that gets none within a short wait is not made
 * and answered {@link SecretCheck.Busy}. A remembered secret needs no permit,
 * so tills already signed in keep working while strangers queue.
 */
public final class Argon2idSecretHashing implements SecretHashingPort {

    private static final Logger LOG = LoggerFactory.getLogger(Argon2idSecretHashing.class);

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int ARGON2_VERSION_1_3 = 0x13;
    /** The heap one check holds while it runs: its Argon2 memory. */
    static final long BYTES_PER_CHECK = MEMORY_KIB * 1024L;
    /** How long a check waits for a permit before it is answered busy: a few checks' time. */
    public static final Duration PERMIT_WAIT = Duration.ofMillis(200);
    /** Far longer than one check takes (about 100 ms here): past it, a request waiting for another's check is answered busy. */
    static final Duration SAME_CHECK_AT_MOST = Duration.ofSeconds(2);
    /** When a busy caller should come back. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Argon2Function argon2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES,
            Argon2.ID, ARGON2_VERSION_1_3);
    private final Cache<Verified, Boolean> verified;
    private final int checksAtOnce;
    private final Semaphore permits;
    private final Duration permitWait;
    /** Whether a secret matches a PHC string; throws for a string that is not an Argon2 hash. */
    private final BiPredicate<String, String> check;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    /** A verified secret: which hash it matched, and a digest of what was presented. */
    private record Verified(String hash, String presentedDigest) {
    }

    /**
     * Remembers at most {@code capacity} verified secrets, each for {@code remembered}; runs at most
     * {@code checksAtOnce} hashes or checks at a time, and a check waits at most {@code permitWait} to start.
     *
     * @param capacity the most verified secrets remembered at once
     * @param remembered how long a verified secret is remembered
     * @param checksAtOnce the most hashes or checks running at once; at least one
     * @param permitWait how long a check waits for a permit before it is answered busy
     * @throws IllegalArgumentException if {@code checksAtOnce} is below one
     */
    public Argon2idSecretHashing(long capacity, Duration remembered, int checksAtOnce, Duration permitWait) {
        this(capacity, remembered, checksAtOnce, permitWait, Argon2idSecretHashing::argon2Matches);
    }

    /** As above, with the check itself supplied: tests hold one open to see what the others do meanwhile. */
    Argon2idSecretHashing(long capacity, Duration remembered, int checksAtOnce, Duration permitWait,
                    BiPredicate<String, String> check) {
        if (checksAtOnce < 1) {
            throw new IllegalArgumentException("at least one check must be able to run");
        }
        this.verified = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(remembered).build();
        this.checksAtOnce = checksAtOnce;
        this.permits = new Semaphore(checksAtOnce, true);
        this.permitWait = permitWait;
        this.check = check;
    }

    /**
     * Ten thousand verified secrets for five minutes (every till of a large org, in a few megabytes), and as
     * many checks at once as this JVM's heap and cores allow.
     *
     * @return the hashing the service runs with
     */
    public static Argon2idSecretHashing withDefaultCache() {
        var runtime = Runtime.getRuntime();
        return new Argon2idSecretHashing(10_000, Duration.ofMinutes(5),
                checksAtOnceFor(runtime.maxMemory(), runtime.availableProcessors()), PERMIT_WAIT);
    }

    /**
     * As many checks as a quarter of the heap holds, at least one, and at most two per core: more would only
     * wait for a core while holding their memory.
     *
     * @param maxHeapBytes the JVM's largest heap
     * @param cores the cores the JVM may use
     * @return how many checks may hold their memory at once
     */
    public static int checksAtOnceFor(long maxHeapBytes, int cores) {
        return (int) Math.max(1, Math.min(maxHeapBytes / 4 / BYTES_PER_CHECK, 2L * cores));
    }

    @Override
    public SecretHash hash(String secret) {
        // Issuing is rare and done by an admin or an operator: it waits its turn rather than fail.
        permits.acquireUninterruptibly();
        try {
            started();
            return new SecretHash(Password.hash(secret).addRandomSalt(SALT_BYTES).with(argon2).getResult());
        } finally {
            ended();
        }
    }

    /**
     * Checks running now, by what they check. The same secret presented for the same hash while its check runs
     * waits for that check's outcome instead of making its own: when a busy till's remembered secret expires,
     * its sixteen connections would otherwise start sixteen checks at once, queue for the permits and be
     * answered busy (measured: 34 answers 429 per expiry in a 16-connection load run).
     */
    private final ConcurrentHashMap<Verified, CompletableFuture<SecretCheck>> checking = new ConcurrentHashMap<>();

    @Override
    public SecretCheck matches(String secret, SecretHash hash) {
        var key = new Verified(hash.encoded(), sha256(secret));
        if (verified.getIfPresent(key) != null) {
            return new SecretCheck.Matched();
        }
        var ours = new CompletableFuture<SecretCheck>();
        var theirs = checking.putIfAbsent(key, ours);
        if (theirs != null) {
            return outcomeOf(theirs);
        }
        try {
            var outcome = checkOnce(secret, hash, key);
            ours.complete(outcome);
            return outcome;
        } catch (RuntimeException failed) {
            ours.completeExceptionally(failed);
            throw failed;
        } finally {
            checking.remove(key, ours);
        }
    }

    /** The outcome of the same check made by another request: at most a wait for a turn and one check's time. */
    private SecretCheck outcomeOf(CompletableFuture<SecretCheck> running) {
        try {
            return running.get(permitWait.plus(SAME_CHECK_AT_MOST).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException notKnown) {
            return new SecretCheck.Busy(RETRY_AFTER);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new SecretCheck.Busy(RETRY_AFTER);
        }
    }

    private SecretCheck checkOnce(String secret, SecretHash hash, Verified key) {
        if (!permitWithinWait()) {
            return new SecretCheck.Busy(RETRY_AFTER);
        }
        boolean matches;
        try {
            started();
            matches = check.test(secret, hash.encoded());
        } catch (RuntimeException notAnArgon2Hash) {
            // A stored hash we cannot read lets nobody in; it does not fail the request.
            return new SecretCheck.Mismatched();
        } finally {
            ended();
        }
        if (matches) {
            verified.put(key, Boolean.TRUE);
            return new SecretCheck.Matched();
        }
        return new SecretCheck.Mismatched();
    }

    @Override
    public void forget(SecretHash hash) {
        verified.asMap().keySet().removeIf(key -> key.hash().equals(hash.encoded()));
    }

    /**
     * How many verified secrets are remembered now (for tests and metrics).
     *
     * @return the cache's size once expired entries are dropped
     */
    public long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /**
     * How many hashes or checks may run at once.
     *
     * @return the number of permits, fixed when built
     */
    public int checksAtOnce() {
        return checksAtOnce;
    }

    /**
     * The most that ever ran at once in this instance (for tests and metrics); never above {@link #checksAtOnce()}.
     *
     * @return the high-water mark of running hashes and checks
     */
    public int mostChecksAtOnce() {
        return mostAtOnce.get();
    }

    private boolean permitWithinWait() {
        try {
            return permits.tryAcquire(permitWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Called holding a permit. A new most is logged, at most {@link #checksAtOnce} lines in a process's life;
     * reaching the bound is worth an operator's look, the steps below it only when debugging.
     */
    private void started() {
        int now = running.incrementAndGet();
        if (now > mostAtOnce.getAndAccumulate(now, Math::max)) {
            if (now < checksAtOnce) {
                LOG.debug("Argon2id: {} checks ran at once, the most so far (at most {} may)", now, checksAtOnce);
            } else {
                LOG.info("Argon2id: {} checks ran at once, as many as may; a check that waits {} ms for a turn is"
                        + " answered busy", now, permitWait.toMillis());
            }
        }
    }

    private void ended() {
        running.decrementAndGet();
        permits.release();
    }

    private static boolean argon2Matches(String secret, String encodedHash) {
        return Password.check(secret, encodedHash).with(Argon2Function.getInstanceFromHash(encodedHash));
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java runtime has SHA-256", absent);
        }
    }
}

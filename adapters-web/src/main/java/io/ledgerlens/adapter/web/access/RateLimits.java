package io.ledgerlens.adapter.web.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A token bucket per key (a credential, an API client minting tokens, or a
 * name and the address failed sign-ins come from): at most {@code requests}
 * per {@code period} on average, in bursts of up to {@code requests}. Buckets
 * live in this instance's memory, so N instances together allow N times the
 * limit; a key idle for ten minutes starts again with a full bucket.
 */
public final class RateLimits {

    private final long requests;
    private final Duration period;
    /** Whether the allowance comes back whole at the end of each period, or bit by bit all along. */
    private final boolean perWindow;
    private final Cache<Object, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    /**
     * The allowance comes back bit by bit: one request every {@code period / requests}.
     *
     * @param requests the allowance, and the largest burst; positive
     * @param period the time over which the allowance comes back; positive
     * @throws IllegalArgumentException if either is not positive
     */
    public RateLimits(long requests, Duration period) {
        this(requests, period, false);
    }

    private RateLimits(long requests, Duration period, boolean perWindow) {
        if (requests <= 0 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one request per positive period");
        }
        this.requests = requests;
        this.period = Objects.requireNonNull(period, "period");
        this.perWindow = perWindow;
    }

    /**
     * The allowance comes back whole once a {@code period} has passed since it was last filled: a key that
     * spent it waits out its window. For failed sign-ins, where a guess made slowly must not earn the next one
     * (checks take a tenth of a second; a bit-by-bit refill would hand back one in the time thirty take).
     *
     * @param requests the allowance per window; positive
     * @param period the window; positive
     * @return the limits, with no key counted yet
     * @throws IllegalArgumentException if either is not positive
     */
    public static RateLimits perWindow(long requests, Duration period) {
        return new RateLimits(requests, period, true);
    }

    /**
     * Empty when {@code key} may make one more request now, and counts it; else the seconds to wait.
     *
     * @param key whose allowance is spent
     * @return empty, or the whole seconds to wait, at least one, for the {@code Retry-After} header
     */
    public OptionalLong waitBeforeNext(Object key) {
        var probe = bucketOf(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /**
     * Empty when {@code key} has some of its allowance left, counting nothing; else the seconds to wait.
     *
     * @param key whose allowance is asked about
     * @return empty, or the whole seconds to wait, at least one
     */
    public OptionalLong waitIfExhausted(Object key) {
        var bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return OptionalLong.empty();
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(estimate.getNanosToWaitForRefill()));
    }

    /**
     * Gives back one request counted for {@code key}, as if it had not been made.
     *
     * @param key whose allowance is refilled by one
     */
    public void giveBack(Object key) {
        bucketOf(key).addTokens(1);
    }

    private Bucket bucketOf(Object key) {
        return buckets.get(key, id -> Bucket.builder().addLimit(limit -> perWindow
                ? limit.capacity(requests).refillIntervally(requests, period)
                : limit.capacity(requests).refillGreedy(requests, period)).build());
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /**
     * The allowance per period, as the 429's message states it.
     *
     * @return how many requests the period allows
     */
    public long requests() {
        return requests;
    }

    /**
     * The period the allowance is measured over, as the 429's message states it.
     *
     * @return the period over which {@link #requests()} come back
     */
    public Duration period() {
        return period;
    }
}

package io.ledgerlens.adapter.web.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.ledgerlens.domain.access.CredentialId;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A token bucket per credential: at most {@code requests} per {@code period}
 * on average, in bursts of up to {@code requests}. Buckets live in this
 * instance's memory, so N instances together allow N times the limit; a
 * credential idle for ten minutes starts again with a full bucket.
 */
public final class RateLimits {

    private final long requests;
    private final Duration period;
    private final Cache<CredentialId, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    public RateLimits(long requests, Duration period) {
        if (requests <= 0 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one request per positive period");
        }
        this.requests = requests;
        this.period = Objects.requireNonNull(period, "period");
    }

    /** Empty when {@code credential} may make one more request now; else the seconds to wait before trying again. */
    public OptionalLong waitBeforeNext(CredentialId credential) {
        var bucket = buckets.get(credential, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, period)).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    public long requests() {
        return requests;
    }

    public Duration period() {
        return period;
    }
}

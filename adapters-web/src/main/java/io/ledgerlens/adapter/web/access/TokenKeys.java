package io.ledgerlens.adapter.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys this instance signs and verifies with, read from their source
 * (shared by every instance) and read again every {@link #REREAD} or when a
 * token names a key not seen yet, so a rotation made anywhere reaches every
 * instance. The newest key signs. An older key still verifies until every
 * token it can have signed has expired: until its successor is one token
 * lifetime old.
 */
final class TokenKeys {

    private static final Logger LOG = LoggerFactory.getLogger(TokenKeys.class);

    static final Duration REREAD = Duration.ofSeconds(30);
    /** At most one read for an unknown key id per this, so garbage key ids cannot hammer the store. */
    private static final Duration UNKNOWN_KEY_REREAD = Duration.ofSeconds(5);

    private final Supplier<List<TokenKey>> source;
    private final Clock clock;
    private final Duration tokenLifetime;
    private volatile List<TokenKey> newestFirst;
    private volatile Instant readAt;

    TokenKeys(Supplier<List<TokenKey>> source, Clock clock, Duration tokenLifetime) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        reread();
    }

    TokenKey signing() {
        rereadIfOlderThan(REREAD);
        return newestFirst.get(0);
    }

    /** The key named {@code keyId}, if it may still verify a token. */
    Optional<TokenKey> verifying(String keyId) {
        rereadIfOlderThan(REREAD);
        var found = accepted(keyId);
        if (found.isEmpty() && keyId != null) {
            rereadIfOlderThan(UNKNOWN_KEY_REREAD);
            found = accepted(keyId);
        }
        return found;
    }

    private Optional<TokenKey> accepted(String keyId) {
        var keys = newestFirst;
        var now = clock.instant();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).keyId().equals(keyId)) {
                return i == 0 || now.isBefore(keys.get(i - 1).createdAt().plus(tokenLifetime))
                        ? Optional.of(keys.get(i)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void rereadIfOlderThan(Duration age) {
        if (clock.instant().isAfter(readAt.plus(age))) {
            reread();
        }
    }

    private synchronized void reread() {
        List<TokenKey> keys;
        try {
            keys = List.copyOf(source.get());
        } catch (RuntimeException unreadable) {
            if (newestFirst == null) {
                throw unreadable;
            }
            // The store is away: the keys read last still sign and verify; try again after the usual pause.
            LOG.warn("cannot re-read the token signing keys, keeping the {} read before: {}", newestFirst.size(),
                    unreadable.getMessage());
            readAt = clock.instant();
            return;
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("no key to sign tokens with");
        }
        newestFirst = keys;
        readAt = clock.instant();
    }
}

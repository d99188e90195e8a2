package io.ledgerlens.adapter.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which keys sign and verify, as they are rotated and while their store is away. */
class TokenKeysTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration LIFETIME = Duration.ofSeconds(300);

    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @Test
    void the_newest_key_signs_and_an_older_one_verifies_until_its_successor_is_one_token_lifetime_old() {
        var old = TokenKey.generate(START.minus(Duration.ofDays(30)));
        var newer = TokenKey.generate(START);
        var keys = new TokenKeys(() -> List.of(newer, old), clock, LIFETIME);
        assertThat(keys.signing()).isEqualTo(newer);
        assertThat(keys.verifying(old.keyId())).contains(old);
        now = START.plus(LIFETIME).minusSeconds(1);
        assertThat(keys.verifying(old.keyId())).contains(old);
        now = START.plus(LIFETIME);
        assertThat(keys.verifying(old.keyId())).isEmpty();
        assertThat(keys.verifying(newer.keyId())).contains(newer);
        assertThat(keys.verifying(null)).isEmpty();
    }

    @Test
    void a_key_added_elsewhere_is_seen_within_the_reread_period() {
        var first = TokenKey.generate(START);
        var second = TokenKey.generate(START.plusSeconds(10));
        var rotated = new AtomicBoolean();
        var keys = new TokenKeys(() -> rotated.get() ? List.of(second, first) : List.of(first), clock, LIFETIME);
        rotated.set(true);
        assertThat(keys.signing()).isEqualTo(first);
        now = START.plus(TokenKeys.REREAD).plusSeconds(1);
        assertThat(keys.signing()).isEqualTo(second);
    }

    @Test
    void an_unknown_key_id_rereads_the_store_at_most_once_per_five_seconds() {
        var reads = new AtomicInteger();
        var key = TokenKey.generate(START);
        var keys = new TokenKeys(() -> {
            reads.incrementAndGet();
            return List.of(key);
        }, clock, LIFETIME);
        now = START.plusSeconds(6);
        for (int i = 0; i < 100; i++) {
            keys.verifying("garbage-" + i);
        }
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void while_the_store_is_away_the_keys_read_last_keep_working() {
        var key = TokenKey.generate(START);
        var away = new AtomicBoolean();
        var keys = new TokenKeys(() -> {
            if (away.get()) {
                throw new IllegalStateException("store away");
            }
            return List.of(key);
        }, clock, LIFETIME);
        away.set(true);
        now = START.plus(TokenKeys.REREAD).plusSeconds(1);
        assertThat(keys.signing()).isEqualTo(key);
        assertThat(keys.verifying(key.keyId())).contains(key);
    }

    @Test
    void a_service_with_no_key_and_no_store_does_not_start() {
        assertThatThrownBy(() -> new TokenKeys(List::of, clock, LIFETIME)).hasMessageContaining("no key");
        assertThatThrownBy(() -> new TokenKeys(() -> {
            throw new IllegalStateException("store away");
        }, clock, LIFETIME)).hasMessageContaining("store away");
    }
}

package io.ledgerlens.adapter.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.access.SecretHash;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Secrets kept as Argon2id hashes, and the cache that spares repeated checks. */
class Argon2idSecretsTest {

    private final Argon2idSecrets secrets = new Argon2idSecrets(100, Duration.ofMinutes(5));

    @Test
    void a_secret_is_kept_as_an_argon2id_phc_string_with_owasps_parameters() {
        var hash = secrets.hash("0cc175b9c0f1b6a831c399e269772661").encoded();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("0cc175b9c0f1b6a831c399e269772661");
    }

    @Test
    void the_same_secret_hashes_differently_each_time_because_of_its_salt() {
        assertThat(secrets.hash("same secret")).isNotEqualTo(secrets.hash("same secret"));
    }

    @Test
    void the_right_secret_matches_and_a_wrong_one_does_not() {
        var hash = secrets.hash("right secret");
        assertThat(secrets.matches("right secret", hash)).isTrue();
        assertThat(secrets.matches("wrong secret", hash)).isFalse();
        assertThat(secrets.matches("", hash)).isFalse();
    }

    @Test
    void only_a_successful_check_is_remembered() {
        var hash = secrets.hash("right secret");
        secrets.matches("wrong secret", hash);
        assertThat(secrets.remembered()).isZero();
        secrets.matches("right secret", hash);
        assertThat(secrets.remembered()).isOne();
        assertThat(secrets.matches("right secret", hash)).isTrue();
        assertThat(secrets.remembered()).isOne();
    }

    @Test
    void a_remembered_secret_does_not_open_another_hash() {
        var first = secrets.hash("secret one");
        var second = secrets.hash("secret two");
        assertThat(secrets.matches("secret one", first)).isTrue();
        assertThat(secrets.matches("secret one", second)).isFalse();
    }

    @Test
    void forgetting_a_hash_drops_what_was_remembered_for_it_and_only_that() {
        var revoked = secrets.hash("revoked secret");
        var kept = secrets.hash("kept secret");
        secrets.matches("revoked secret", revoked);
        secrets.matches("kept secret", kept);
        secrets.forget(revoked);
        assertThat(secrets.remembered()).isOne();
    }

    @Test
    void the_cache_holds_no_more_than_its_capacity() {
        var small = new Argon2idSecrets(2, Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            var secret = "secret " + i;
            small.matches(secret, small.hash(secret));
        }
        assertThat(small.remembered()).isLessThanOrEqualTo(2);
    }

    @Test
    void a_stored_hash_that_is_not_argon2_lets_nobody_in() {
        assertThat(secrets.matches("anything", new SecretHash("not a hash at all"))).isFalse();
        assertThat(secrets.matches("anything", new SecretHash("$2a$10$abcdefghijklmnopqrstuv"))).isFalse();
    }
}

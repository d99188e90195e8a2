package io.ledgerlens.adapter.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.access.SecretCheck;
import io.ledgerlens.domain.access.SecretHash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Secrets kept as Argon2id hashes, the cache that spares repeated checks, and the bound on checks at once. */
class Argon2idSecretHashingTest {

    private static final long MIB = 1024L * 1024;
    private static final SecretCheck MATCHED = new SecretCheck.Matched();
    private static final SecretCheck MISMATCHED = new SecretCheck.Mismatched();

    private final Argon2idSecretHashing secrets = new Argon2idSecretHashing(100, Duration.ofMinutes(5), 2, Duration.ofSeconds(30));

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
        assertThat(secrets.matches("right secret", hash)).isEqualTo(MATCHED);
        assertThat(secrets.matches("wrong secret", hash)).isEqualTo(MISMATCHED);
        assertThat(secrets.matches("", hash)).isEqualTo(MISMATCHED);
    }

    @Test
    void only_a_successful_check_is_remembered() {
        var hash = secrets.hash("right secret");
        secrets.matches("wrong secret", hash);
        assertThat(secrets.remembered()).isZero();
        secrets.matches("right secret", hash);
        assertThat(secrets.remembered()).isOne();
        assertThat(secrets.matches("right secret", hash)).isEqualTo(MATCHED);
        assertThat(secrets.remembered()).isOne();
    }

    @Test
    void a_remembered_secret_does_not_open_another_hash() {
        var first = secrets.hash("secret one");
        var second = secrets.hash("secret two");
        assertThat(secrets.matches("secret one", first)).isEqualTo(MATCHED);
        assertThat(secrets.matches("secret one", second)).isEqualTo(MISMATCHED);
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
        var small = new Argon2idSecretHashing(2, Duration.ofMinutes(5), 1, Duration.ofSeconds(30));
        for (int i = 0; i < 5; i++) {
            var secret = "secret " + i;
            small.matches(secret, small.hash(secret));
        }
        assertThat(small.remembered()).isLessThanOrEqualTo(2);
    }

    @Test
    void a_stored_hash_that_is_not_argon2_lets_nobody_in() {
        assertThat(secrets.matches("anything", new SecretHash("not a hash at all"))).isEqualTo(MISMATCHED);
        assertThat(secrets.matches("anything", new SecretHash("$2a$10$abcdefghijklmnopqrstuv"))).isEqualTo(MISMATCHED);
    }

    @Test
    void as_many_checks_run_at_once_as_a_quarter_of_the_heap_holds_at_least_one_and_at_most_two_per_core() {
        assertThat(Argon2idSecretHashing.checksAtOnceFor(256 * MIB, 2)).as("-Xmx256m: 64 MiB for 19 MiB checks").isEqualTo(3);
        assertThat(Argon2idSecretHashing.checksAtOnceFor(1024 * MIB, 8)).isEqualTo(13);
        assertThat(Argon2idSecretHashing.checksAtOnceFor(8192 * MIB, 2)).as("two per core").isEqualTo(4);
        assertThat(Argon2idSecretHashing.checksAtOnceFor(32 * MIB, 2)).as("a heap too small for one still runs one").isEqualTo(1);
    }

    @Test
    void wrong_secrets_sent_all_at_once_are_checked_no_more_than_the_bound_at_a_time() throws Exception {
        var hash = secrets.hash("right secret");
        var pool = Executors.newFixedThreadPool(8);
        try {
            var checks = new ArrayList<CompletableFuture<SecretCheck>>();
            for (int i = 0; i < 8; i++) {
                var guess = "guess " + i;
                checks.add(CompletableFuture.supplyAsync(() -> secrets.matches(guess, hash), pool));
            }
            for (var check : checks) {
                assertThat(check.get(60, TimeUnit.SECONDS)).isEqualTo(MISMATCHED);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(secrets.checksAtOnce()).isEqualTo(2);
        assertThat(secrets.mostChecksAtOnce()).isBetween(1, 2);
    }

    @Test
    void a_check_that_gets_no_turn_within_the_wait_is_not_made_and_answered_busy() throws Exception {
        var running = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var made = new java.util.concurrent.atomic.AtomicInteger();
        var oneAtATime = oneAtATimeHeldOpen(made, running, finish, false);
        var stored = new SecretHash("$argon2id$stand-in");
        var first = CompletableFuture.supplyAsync(() -> oneAtATime.matches("first guess", stored));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(oneAtATime.matches("second guess", stored)).isEqualTo(new SecretCheck.Busy(Duration.ofSeconds(1)));
        assertThat(made).as("the busy one cost no check").hasValue(1);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(MISMATCHED);
        assertThat(oneAtATime.matches("third guess", stored)).as("a turn is free again").isEqualTo(MISMATCHED);
        assertThat(oneAtATime.mostChecksAtOnce()).isOne();
    }

    @Test
    void a_remembered_secret_is_let_in_while_every_check_is_taken() throws Exception {
        var running = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var oneAtATime = new Argon2idSecretHashing(100, Duration.ofMinutes(5), 1, Duration.ofMillis(50), (secret, hash) -> {
            if (secret.equals("right secret")) {
                return true;
            }
            running.countDown();
            await(finish);
            return false;
        });
        var stored = new SecretHash("$argon2id$stand-in");
        assertThat(oneAtATime.matches("right secret", stored)).isEqualTo(MATCHED);
        var stranger = CompletableFuture.supplyAsync(() -> oneAtATime.matches("a stranger's guess", stored));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(oneAtATime.matches("right secret", stored)).isEqualTo(MATCHED);

        finish.countDown();
        assertThat(stranger.get(10, TimeUnit.SECONDS)).isEqualTo(MISMATCHED);
    }

    @Test
    void the_same_secret_presented_by_many_requests_at_once_is_checked_once_and_none_is_turned_away() throws Exception {
        var running = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var made = new java.util.concurrent.atomic.AtomicInteger();
        var oneAtATime = oneAtATimeHeldOpen(made, running, finish, true);
        var stored = new SecretHash("$argon2id$stand-in");
        var pool = Executors.newFixedThreadPool(16);
        try {
            var first = CompletableFuture.supplyAsync(() -> oneAtATime.matches("the till's secret", stored), pool);
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            var sameTill = new ArrayList<CompletableFuture<SecretCheck>>();
            for (int i = 0; i < 15; i++) {
                sameTill.add(CompletableFuture.supplyAsync(() -> oneAtATime.matches("the till's secret", stored), pool));
            }
            // Four times the permit wait: had they queued for a turn of their own, they would be answered busy now.
            Thread.sleep(200);
            finish.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(MATCHED);
            for (var check : sameTill) {
                assertThat(check.get(10, TimeUnit.SECONDS)).isEqualTo(MATCHED);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(made).as("one check for sixteen requests").hasValue(1);
    }

    /**
     * One check at a time, a turn waited for 50 ms; each check is counted in {@code made}, says it is
     * {@code running}, and answers {@code matches} only once {@code finish} is counted down.
     */
    private static Argon2idSecretHashing oneAtATimeHeldOpen(java.util.concurrent.atomic.AtomicInteger made,
                                                            CountDownLatch running, CountDownLatch finish, boolean matches) {
        return new Argon2idSecretHashing(100, Duration.ofMinutes(5), 1, Duration.ofMillis(50), (secret, hash) -> {
            made.incrementAndGet();
            running.countDown();
            await(finish);
            return matches;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

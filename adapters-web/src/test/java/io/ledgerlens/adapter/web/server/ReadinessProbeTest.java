package io.ledgerlens.adapter.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The readiness probe answers within its deadline, and a hanging database holds one check, not one per probe. */
class ReadinessProbeTest {

    @Test
    void a_database_that_answers_makes_the_instance_ready() {
        assertThat(new ReadinessProbe(Optional::empty, Duration.ofSeconds(2)).notReadyBecause()).isEmpty();
        assertThat(new ReadinessProbe(() -> Optional.of("the database refused"), Duration.ofSeconds(2)).notReadyBecause())
                .contains("the database refused");
    }

    @Test
    void probes_that_arrive_while_a_check_hangs_wait_for_that_check_and_answer_not_ready_at_the_deadline()
            throws Exception {
        var checks = new AtomicInteger();
        var release = new CountDownLatch(1);
        var probe = new ReadinessProbe(() -> {
            checks.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }, Duration.ofMillis(300));
        var probers = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<Optional<String>>>();
            for (int i = 0; i < 8; i++) {
                answers.add(probers.submit(probe::notReadyBecause));
            }
            for (var answer : answers) {
                assertThat(answer.get()).hasValueSatisfying(why -> assertThat(why).contains("did not finish within 300 ms"));
            }
            assertThat(checks).as("eight probes, one check of the hanging database").hasValue(1);

            release.countDown();
            var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            var after = probe.notReadyBecause();
            while (after.isPresent() && System.nanoTime() < deadline) {
                after = probe.notReadyBecause();
            }
            assertThat(after).as("once the database answers, the next check finds the instance ready").isEmpty();
            assertThat(checks.get()).isBetween(1, 2);
        } finally {
            probers.shutdownNow();
        }
    }
}

package io.ledgerlens.bootstrap.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ledgerlens.bootstrap.running.ClientsAtWork.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code SIGTERM} to the runnable jar while sixteen tills record purchases:
 * no request the service took is cut off (each is answered; a till finds the
 * door closed only when it connects anew), and every purchase it acknowledged
 * is in the ledger when it is started again.
 */
class GracefulStopIT {

    private static final List<String> JVM = List.of("-Xmx512m");
    private static final int SIGTERM_EXIT = 128 + 15;

    private Path dataDir;

    @AfterEach
    void cleanUp() throws Exception {
        RunnableJar.deleteRecursively(dataDir);
    }

    @Test
    void sigterm_under_sixteen_tills_cuts_off_no_request_and_every_acknowledged_purchase_is_stored() throws Exception {
        var jar = RunnableJar.built();
        assumeTrue(jar.isPresent(), "runs in the integration-test phase, against the jar package built");
        dataDir = Files.createTempDirectory("ledgerlens-drain");

        List<Outcome> outcomes;
        try (var service = RunnableJar.serve(jar.get(), dataDir, JVM, "--demo", "--rate-limit", "1000000", "--drain-timeout", "20")) {
            var tills = ClientsAtWork.start(service.port(), 16, "drain");
            tills.awaitAcknowledged(48, Duration.ofMinutes(2));
            service.signal("TERM");
            assertThat(service.awaitExit(Duration.ofSeconds(40))).isEqualTo(SIGTERM_EXIT);
            outcomes = tills.awaitRefusal(Duration.ofSeconds(30));
        }

        assertThat(outcomes).filteredOn(Outcome::acknowledged).hasSizeGreaterThanOrEqualTo(48);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure() == null || outcome.refused())
                .as("%s: %s", outcome.billNumber(), outcome.failure()).isTrue());
        // 429: every Argon2id check this instance may run at once was running (sixteen tills on Basic credentials);
        // 503: a request that came on a kept-alive connection while the service drained.
        assertThat(outcomes).filteredOn(outcome -> outcome.failure() == null).extracting(Outcome::status)
                .isSubsetOf(201, 429, 503);

        try (var again = RunnableJar.serve(jar.get(), dataDir, JVM, "--rate-limit", "1000000")) {
            var ledger = new PurchasesOnRecord(again.port());
            for (var acknowledged : outcomes.stream().filter(Outcome::acknowledged).toList()) {
                assertThat(ledger.billed(acknowledged.billNumber())).as(acknowledged.billNumber()).hasSize(1);
            }
        }
    }
}

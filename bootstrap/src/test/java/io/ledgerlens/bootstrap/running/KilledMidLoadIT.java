package io.ledgerlens.bootstrap.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.running.ClientsAtWork.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The power cut, as near as a test gets to one: {@code kill -9} of the
 * service and of its embedded PostgreSQL at once, mid-load, then a start on
 * the same data directory. Every purchase acknowledged is there, whole (it
 * reads exactly as a purchase recorded before the load); none that was not
 * acknowledged is there in part; the ledger's chain holds. And an import
 * killed the same way mid-file, run again, leaves exactly the file's events.
 */
class KilledMidLoadIT {

    private static final List<String> JVM = List.of("-Xmx512m");
    private static final long RETAILER = 50672;
    private static final long GENERATED_ORG = 920001;

    private Path dataDir;

    @AfterEach
    void cleanUp() throws Exception {
        RunnableJar.deleteRecursively(dataDir);
    }

    @Test
    void service_and_postgres_killed_under_sixteen_tills_lose_no_acknowledged_purchase_and_keep_no_half_of_one()
            throws Exception {
        var jar = RunnableJar.built();
        assumeTrue(jar.isPresent(), "runs in the integration-test phase, against the jar package built");
        dataDir = Files.createTempDirectory("ledgerlens-crash");

        List<Outcome> outcomes;
        JsonNode whole;
        try (var service = RunnableJar.serve(jar.get(), dataDir, JVM, "--demo", "--rate-limit", "1000000")) {
            assertThat(record(service.port(), "crash-reference")).isEqualTo(201);
            whole = new PurchasesOnRecord(service.port()).billed("crash-reference").get(0);

            var tills = ClientsAtWork.start(service.port(), 16, "crash");
            tills.awaitAcknowledged(48, Duration.ofMinutes(2));
            var everything = new ArrayList<>(Signals.postgresOf(dataDir));
            everything.add(service.pid());
            Signals.killAndAwaitGone(everything);
            service.awaitExit(Duration.ofSeconds(10));
            outcomes = tills.stop();
        }
        assertThat(outcomes).filteredOn(Outcome::acknowledged).hasSizeGreaterThanOrEqualTo(48);
        assertThat(outcomes).filteredOn(outcome -> !outcome.acknowledged()).isNotEmpty();

        try (var again = RunnableJar.serve(jar.get(), dataDir, JVM, "--rate-limit", "1000000")) {
            var ledger = new PurchasesOnRecord(again.port());
            for (var outcome : outcomes) {
                var stored = ledger.billed(outcome.billNumber());
                if (outcome.acknowledged()) {
                    assertThat(stored).as("acknowledged %s", outcome.billNumber()).containsExactly(whole);
                } else {
                    assertThat(stored).as("unacknowledged %s: absent or whole", outcome.billNumber())
                            .isSubsetOf(List.of(whole));
                }
            }
        }
        assertTheChainHolds(jar.get(), RETAILER);
    }

    @Test
    void an_import_killed_mid_file_with_its_postgres_and_run_again_leaves_exactly_the_files_events() throws Exception {
        var jar = RunnableJar.built();
        assumeTrue(jar.isPresent(), "runs in the integration-test phase, against the jar package built");
        dataDir = Files.createTempDirectory("ledgerlens-import-crash");
        var file = dataDir.resolveSibling(dataDir.getFileName() + ".jsonl");
        try (var generate = RunnableJar.run(jar.get(), JVM, "demo", "--org", Long.toString(GENERATED_ORG), "--orgs", "1",
                "--customers", "300", "--events", "30000", "--seed", "5", "--out", file.toString(), "--data-dir", dataDir.toString())) {
            assertThat(generate.awaitExit(Duration.ofMinutes(5))).as(String.join("\n", generate.output())).isZero();
        }
        long lines;
        try (var read = Files.lines(file)) {
            lines = read.count();
        }

        var killedAt = 0L;
        try (var importing = RunnableJar.run(jar.get(), JVM, "import", file.toString(), "--org", Long.toString(GENERATED_ORG),
                "--data-dir", dataDir.toString())) {
            // Kill once some batches are committed, long before the last.
            var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (killedAt == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                if (Files.exists(dataDir.resolve("postmaster.pid"))) {
                    var stored = countQuietly(dataDir);
                    if (stored > 0) {
                        var everything = new ArrayList<>(Signals.postgresOf(dataDir));
                        everything.add(importing.pid());
                        Signals.killAndAwaitGone(everything);
                        killedAt = stored;
                    }
                }
            }
            importing.awaitExit(Duration.ofSeconds(10));
        }
        assertThat(killedAt).as("killed mid-file").isBetween(1L, lines - 1);

        try (var again = RunnableJar.run(jar.get(), JVM, "import", file.toString(), "--org", Long.toString(GENERATED_ORG),
                "--data-dir", dataDir.toString())) {
            assertThat(again.awaitExit(Duration.ofMinutes(5))).as(String.join("\n", again.output())).isZero();
            var report = again.firstMatch(Pattern.compile("Imported ([\\d,]+), skipped ([\\d,]+) \\(already present\\), rejected ([\\d,]+)"));
            long imported = number(report.group(1));
            long skipped = number(report.group(2));
            assertThat(skipped).as("already in before the kill").isGreaterThanOrEqualTo(killedAt);
            assertThat(imported + skipped).isEqualTo(lines);
            assertThat(number(report.group(3))).isZero();
        }
        assertThat(assertTheChainHolds(jar.get(), GENERATED_ORG)).isEqualTo(lines);
    }

    private static long countQuietly(Path dataDir) {
        try {
            return RunningDatabase.eventsOf(dataDir, GENERATED_ORG);
        } catch (Exception notYet) {
            return 0; // starting, or migrating: no table yet
        }
    }

    /** Runs {@code verify --org} on the data directory; returns how many events the chain holds. */
    private long assertTheChainHolds(Path jar, long org) throws Exception {
        try (var verify = RunnableJar.run(jar, JVM, "verify", "--org", Long.toString(org), "--data-dir", dataDir.toString())) {
            assertThat(verify.awaitExit(Duration.ofMinutes(3))).as(String.join("\n", verify.output())).isZero();
            return number(verify.firstMatch(Pattern.compile("the chain holds, ([\\d,]+) events")).group(1));
        }
    }

    private static long number(String written) {
        return Long.parseLong(written.replace(",", ""));
    }

    private static int record(int port, String bill) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/ledger/events"))
                .header("Authorization", DemoLedgers.RETAILER_TILL)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ClientsAtWork.purchaseBilled(bill))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

package io.ledgerlens.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKeys;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.demo.DemoCredentials;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away under a running service and comes back: while it is
 * away every request is 503 with {@code Retry-After} and 9003 (and nothing of
 * the failure leaks) and readiness says so while liveness holds; once it is
 * back the same service answers again, without a restart.
 */
class DatabaseOutageRecoveryTest {

    private static final String PURCHASE_BY_BILL_NUMBER = "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile"
            + "&identifierValue=" + DemoDataset.PRIYA_MOBILE + "&source=INSTORE&eventName=TransactionAdd&eventReferenceIds="
            + DemoDataset.PURCHASE_BILL;
    /** Long enough for a connection pool to notice the database is back; a request fails within its 3 s timeout. */
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedPostgres postgres;
    private LedgerLensService service;

    @AfterEach
    void stopEverything() throws IOException {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static EmbeddedPostgres startPostgres(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Reply(int status, String retryAfter, String body) {
    }

    private int statusOf(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(20)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Reply explodeThePurchase() throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + PURCHASE_BY_BILL_NUMBER))
                .header("Authorization", DemoLedgers.RETAILER_TILL).timeout(Duration.ofSeconds(20)).GET().build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), response.body());
    }

    private JsonNode tree(Reply reply) throws IOException {
        return json.readTree(reply.body());
    }

    @Test
    void a_database_outage_is_503_with_retry_after_and_the_same_service_answers_again_once_it_is_back(
            @TempDir Path dataDir) throws Exception {
        int port = freePort();
        postgres = startPostgres(dataDir, port);
        service = LedgerLensService.on(new ExternalPostgres("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "", 4, KeyEncryptionKeys.of(KeyEncryptionKey.generate()))).start("127.0.0.1", 0);
        DemoDataset.load(service.orgTree(), service.registration(), service.recorder());
        DemoCredentials.issue(service.credentials(), service.secrets());

        var before = explodeThePurchase();
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(statusOf("/health/ready")).isEqualTo(200);
        assertThat(tree(before).at("/events/0/eventReferenceId").asText()).isEqualTo(DemoDataset.PURCHASE_BILL);

        postgres.close();
        postgres = null;

        var during = explodeThePurchase();
        assertThat(during.status()).as(during.body()).isEqualTo(503);
        assertThat(during.retryAfter()).isEqualTo("5");
        assertThat(tree(during)).isEqualTo(json.readTree("""
                {"errors": [{"status": false, "code": 9003,
                  "message": "Error fetching points ledger data : getExplodeLedgerInfo failed and fallback failed"}],
                 "warnings": []}"""));
        assertThat(during.body()).doesNotContain("at io.", "Exception", "SQL", "org.", "java.", "Connection", "localhost");
        // Not ready, within the probe's deadline; still live: restarting the instance would not bring the database back.
        var asked = Instant.now();
        assertThat(statusOf("/health/ready")).isEqualTo(503);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(statusOf("/health/live")).isEqualTo(200);
        assertThat(statusOf("/health")).isEqualTo(200);

        postgres = startPostgres(dataDir, port);

        var after = firstAnswerOtherThan503();
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(statusOf("/health/ready")).isEqualTo(200);
        assertThat(service.metrics().scrape())
                .contains("ledgerlens_refusals_total{reason=\"ledger_unavailable\",status=\"503\"}");
    }

    /** The pool may hand out a connection it has not yet found dead; it must recover within the deadline. */
    private Reply firstAnswerOtherThan503() throws Exception {
        var deadline = Instant.now().plus(RECOVERY_DEADLINE);
        var reply = explodeThePurchase();
        while (reply.status() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            reply = explodeThePurchase();
        }
        return reply;
    }
}

package io.ledgerlens.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.demo.DemoCredentials;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import io.ledgerlens.bootstrap.running.Signals;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that stops answering (paused, not refusing: {@code SIGSTOP} on
 * PostgreSQL and all its processes) under load: every request is answered 200
 * or 503 within {@link PostgresDataSources#unansweredBound()}, none hangs, and
 * once PostgreSQL runs again the service answers 200 within 5 seconds.
 */
class DatabaseStopsAnsweringTest {

    private static final String EXPLODE_THE_PURCHASE = "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile"
            + "&identifierValue=" + DemoDataset.PRIYA_MOBILE + "&source=INSTORE&eventName=TransactionAdd&eventReferenceIds="
            + DemoDataset.PURCHASE_BILL;
    private static final int CLIENTS = 6;
    /** Longer than the bound, so that requests that were waiting when the pause began run into it. */
    private static final Duration PAUSE = PostgresDataSources.unansweredBound().plusSeconds(6);
    /** A request is timed by its client; thread scheduling on a busy machine may add a little to the server's bound. */
    private static final Duration CLIENT_SLACK = Duration.ofSeconds(1);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Answer(int status, Duration took) {
    }

    @Test
    void a_paused_database_turns_requests_into_503_within_the_bound_and_the_first_200_comes_within_5_s_of_its_return(
            @TempDir Path dataDir) throws Exception {
        try (var database = EmbeddedLedgerPostgres.start(dataDir, 4);
             var service = LedgerLensService.on(database).start("127.0.0.1", 0)) {
            var load = Executors.newFixedThreadPool(CLIENTS);
            DemoDataset.load(service.orgTree(), service.registration(), service.recorder());
            DemoCredentials.issue(service.credentials(), service.secrets());
            assertThat(explode(service).status()).isEqualTo(200);

            var answers = new ConcurrentLinkedQueue<Answer>();
            var running = new AtomicBoolean(true);
            for (int c = 0; c < CLIENTS; c++) {
                load.submit(() -> {
                    while (running.get()) {
                        answers.add(explode(service));
                        // well under the credential's 100 requests a second
                        Thread.sleep(100);
                    }
                    return null;
                });
            }
            Thread.sleep(1_000);
            var postgres = Signals.postgresOf(dataDir);
            Signals.send("STOP", postgres);
            try {
                Thread.sleep(PAUSE.toMillis());
            } finally {
                Signals.send("CONT", postgres);
            }
            var resumed = System.nanoTime();
            var firstSuccess = explode(service);
            while (firstSuccess.status() != 200 && System.nanoTime() - resumed < Duration.ofSeconds(10).toNanos()) {
                firstSuccess = explode(service);
            }
            var untilFirstSuccess = Duration.ofNanos(System.nanoTime() - resumed);
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(PostgresDataSources.unansweredBound().toSeconds() + 5, TimeUnit.SECONDS)).isTrue();

            assertThat(answers).extracting(Answer::status).containsOnly(200, 503).contains(200, 503);
            assertThat(answers).allSatisfy(answer ->
                    assertThat(answer.took()).isLessThanOrEqualTo(PostgresDataSources.unansweredBound().plus(CLIENT_SLACK)));
            assertThat(firstSuccess.status()).isEqualTo(200);
            assertThat(untilFirstSuccess).isLessThan(Duration.ofSeconds(5));
        }
    }

    private Answer explode(LedgerLensService service) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + EXPLODE_THE_PURCHASE))
                .header("Authorization", DemoLedgers.RETAILER_TILL).timeout(Duration.ofSeconds(60)).GET().build();
        var started = System.nanoTime();
        var response = client.send(request, HttpResponse.BodyHandlers.discarding());
        return new Answer(response.statusCode(), Duration.ofNanos(System.nanoTime() - started));
    }
}

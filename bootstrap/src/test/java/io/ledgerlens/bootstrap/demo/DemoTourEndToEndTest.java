package io.ledgerlens.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole service on a real PostgreSQL and a real HTTP port, loaded with
 * the demo: every curl command the demo prints works as printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTourEndToEndTest {

    private static final Pattern CURL = Pattern.compile("curl -s (?:-H '([^:]+): ([^']+)' )?'([^']+)'");

    private LedgerLensService service;
    private String tour;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void startTheServiceWithTheDemo() {
        service = DemoLedgers.fresh().start("127.0.0.1", 0);
        tour = DemoTour.commands(service.explode(), "http://127.0.0.1:" + service.port());
    }

    @AfterAll
    void stop() {
        service.close();
    }


    private record Reply(String command, int status, String body) {
    }

    private List<Reply> runEveryCommand() throws IOException, InterruptedException {
        var replies = new ArrayList<Reply>();
        var matcher = CURL.matcher(tour);
        while (matcher.find()) {
            var request = HttpRequest.newBuilder(URI.create(matcher.group(3))).GET();
            if (matcher.group(1) != null) {
                request.header(matcher.group(1), matcher.group(2));
            }
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            replies.add(new Reply(matcher.group(0), response.statusCode(), response.body()));
        }
        return replies;
    }

    @Test
    void every_printed_command_explodes_demo_events_and_the_last_shows_the_errors() throws Exception {
        var replies = runEveryCommand();
        assertThat(replies).hasSize(6);
        assertThat(replies.subList(0, 5)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.command()).isEqualTo(200);
            assertThat(reply.body()).as(reply.command()).contains("\"eventLogId\"").doesNotContain("\"errors\"");
        });
        assertThat(replies.get(5).status()).isEqualTo(400);
        assertThat(replies.get(5).body()).contains("\"code\":11013", "\"code\":8013", "\"code\":8003", "\"code\":11017");
    }

    @Test
    void the_full_purchase_shows_every_section_of_the_demo_bill() throws Exception {
        var body = runEveryCommand().get(0).body();
        assertThat(body).contains("\"billNumber\":\"num124536\"", "\"lineItems\"", "\"pointsEarnedBreakup\"",
                "\"alternateCurrencyName\":\"stars\"", "\"paymentModes\":[\"CASH\",\"UPI\"]",
                "\"customFields\":[{\"name\":\"txn_source\",\"value\":\"tcp\"}", "\"maxConversionDate\"",
                "\"pointInTimeSlabName\":\"SILVER\"", "\"promotionName\":\"Weekend double points\"");
    }

    @Test
    void the_connected_orgs_command_returns_both_orgs_events_with_their_org_ids() throws Exception {
        var body = runEveryCommand().get(4).body();
        assertThat(body).contains("\"orgId\":" + DemoDataset.RETAILER.value(), "\"orgId\":" + DemoDataset.OUTLET.value());
    }

    @Test
    void the_demo_knows_when_it_is_loaded() {
        assertThat(DemoDataset.isLoaded(new io.ledgerlens.adapter.persistence.org.OrgPersistenceAdapter(
                io.ledgerlens.adapter.persistence.database.LedgerStore.on(service.database().dataSource())))).isTrue();
    }
}

package io.ledgerlens.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.explode.JooqLoadOrg;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.bootstrap.CurlCommand;
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

    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");

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
        String token = null;
        for (var command : CurlCommand.allIn(tour)) {
            var response = client.send(command.request(service.port(), token), HttpResponse.BodyHandlers.ofString());
            var accessToken = TOKEN.matcher(response.body());
            if (accessToken.find()) {
                token = accessToken.group(1);
            }
            replies.add(new Reply(command.text(), response.statusCode(), response.body()));
        }
        return replies;
    }

    @Test
    void every_printed_command_explodes_demo_events_and_the_last_shows_the_errors() throws Exception {
        var replies = runEveryCommand();
        assertThat(replies).hasSize(9);
        assertThat(replies.subList(0, 5)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.command()).isEqualTo(200);
            assertThat(reply.body()).as(reply.command()).contains("\"eventLogId\"").doesNotContain("\"errors\"");
        });
        assertThat(replies.get(5).status()).isEqualTo(400);
        assertThat(replies.get(5).body()).contains("\"code\":11013", "\"code\":8013", "\"code\":8003", "\"code\":11017");
    }

    @Test
    void the_outlets_api_client_reads_its_own_bill_with_the_token_it_was_given() throws Exception {
        var replies = runEveryCommand();
        assertThat(replies.get(6).status()).as(replies.get(6).body()).isEqualTo(200);
        assertThat(replies.get(6).body()).contains("\"ttlSeconds\":300");
        assertThat(replies.get(7).status()).as(replies.get(7).body()).isEqualTo(200);
        assertThat(replies.get(7).body()).contains("\"eventLogId\"").doesNotContain("\"errors\"");
    }

    @Test
    void the_command_without_a_credential_is_refused_in_the_contracts_envelope() throws Exception {
        var last = runEveryCommand().get(8);
        assertThat(last.status()).isEqualTo(401);
        assertThat(last.body()).isEqualTo("{\"errors\":[{\"status\":false,\"code\":401,\"message\":\"Unauthorized\"}],\"warnings\":[]}");
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
        assertThat(DemoDataset.isLoaded(new JooqLoadOrg(PostgresDatabase.storeOn(service.database().dataSource()))))
                .isTrue();
    }
}

package io.ledgerlens.bootstrap.explode;

import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.adapter.persistence.contract.JooqLedger;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.application.contract.GoldenFlagCombinations;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.port.in.access.CredentialIssue;
import io.ledgerlens.application.port.in.access.CredentialRequest;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.ServiceSettings;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.event.EventName;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden answers of the web adapter ({@code adapters-web/src/test/resources/golden/kinds}, written from the
 * contract's in-memory world), answered by the whole service over a real database: the contract's world recorded
 * through the jOOQ adapters, served by {@link LedgerLensService} to a till user of its parent org. On one PostgreSQL in
 * CI; on a Citus coordinator with {@code -Dledgerlens.test.db-kind=citus} (README, "Scaling out on Citus"), where the
 * same files prove that a distributed ledger answers byte for byte what one PostgreSQL answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenAnswersFromTheDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path GOLDEN = Path.of("../adapters-web/src/test/resources/golden/kinds");

    /** Every combination a golden file answers; a file with other names fails here rather than being half-checked. */
    private static final Map<String, String> FLAG_COMBINATIONS = GoldenFlagCombinations.BY_NAME;

    private LedgerLensService service;
    private LedgerWorld world;
    private String authorization;

    @BeforeAll
    void recordTheContractWorldAndServeIt() {
        var ledger = PostgresDatabase.freshLedger();
        world = LedgerWorld.recordedThrough(JooqLedger.over(ledger));
        // The server zone the golden files were written in (the web adapter's RunningWebApp.SERVER_ZONE).
        var settings = new ServiceSettings(DemoLedgers.unthrottled(), WebLimits.DEFAULT, ZoneId.of("Asia/Kolkata"));
        service = LedgerLensService.on(DemoLedgers.over(ledger), settings).start("127.0.0.1", 0);
        var till = (CredentialIssue.Issued) service.credentialAdmin().issue(PARENT, new CredentialRequest(
                CredentialKind.TILL_USER, Optional.of(new CredentialName("till.golden")), Set.of(AccessRight.values())));
        authorization = "Basic " + Base64.getEncoder().encodeToString(("till.golden:"
                + ManageCredentialsService.md5Hex(till.secret())).getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    void stopServing() {
        service.close();
    }

    static Stream<EventName> explodableKinds() {
        return Arrays.stream(EventName.values()).filter(EventName::hasExplodeDetail);
    }

    @ParameterizedTest(name = "{0}, recorded in the database, answers every flag combination as its golden file says")
    @MethodSource("explodableKinds")
    void every_kind_recorded_in_the_database_answers_as_its_golden_file_says(EventName kind) throws Exception {
        JsonNode expected = JSON.readTree(GOLDEN.resolve(kind.wireName() + ".json").toFile());
        assertThat(names(expected)).as("the golden file's flag combinations").isEqualTo(
                new ArrayList<>(FLAG_COMBINATIONS.keySet()));
        var answers = JSON.createObjectNode();
        for (var combination : FLAG_COMBINATIONS.entrySet()) {
            var reply = get("/v2.1/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + MOBILE
                    + "&source=INSTORE&eventIds=" + world.everyKind.get(kind) + combination.getValue());
            assertThat(reply.statusCode()).as(combination.getKey() + ": " + reply.body()).isEqualTo(200);
            answers.set(combination.getKey(), JSON.readTree(reply.body()));
        }
        assertThat((JsonNode) answers).isEqualTo(expected);
    }

    private static List<String> names(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + pathAndQuery))
                .header("Authorization", authorization).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

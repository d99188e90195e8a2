package io.ledgerlens.bootstrap.exporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The explode API of a running service, asked about every event of an org with every flag on (v2), as a till user
 * of that org: each event's answer by its unique id.
 */
final class ExplodeEverything {

    private static final String USER = "roundtrip.till";
    private static final String PASSWORD = "round-trip";
    /** Every flag the v2 answer has: every section of every event is compared. */
    private static final String EVERY_FLAG = "&getBillDetails=true&getPointsEarnedBreakup=true&getCustomFields=true"
            + "&getExtendedFields=true&getMaxConversionDetails=true&getPaymentModes=true&includeAlternateCurrencies=true";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final LedgerLensService service;
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
            (USER + ":" + ManageCredentialsService.md5Hex(PASSWORD)).getBytes(StandardCharsets.UTF_8));

    /** Starts {@code service} on a free port with a till user of {@code org} that may read points. */
    ExplodeEverything(LedgerLensService service, OrgId org) {
        this.service = service;
        var credentials = service.credentials();
        credentials.add(Credential.issued(credentials.nextId(), org, CredentialKind.TILL_USER, new CredentialName(USER),
                service.secrets().hash(ManageCredentialsService.md5Hex(PASSWORD)), Set.of(AccessRight.POINTS_READ), Instant.now()));
        service.start("127.0.0.1", 0);
    }

    /** The answer for each of {@code events} (all of one org), by unique id. */
    Map<String, JsonNode> answersFor(List<LedgerEvent> events) throws IOException, InterruptedException {
        var answers = new LinkedHashMap<String, JsonNode>();
        var bySubject = events.stream().collect(Collectors.groupingBy(LedgerEvent::subject, LinkedHashMap::new, Collectors.toList()));
        for (var subject : bySubject.entrySet()) {
            var ofSubject = subject.getValue();
            for (int from = 0; from < ofSubject.size(); from += 100) {
                var page = ofSubject.subList(from, Math.min(ofSubject.size(), from + 100));
                for (var event : explode(subject.getKey(), page)) {
                    answers.put(event.get("uniqueId").asText(), event);
                }
            }
        }
        return answers;
    }

    private JsonNode explode(EventSubject subject, List<LedgerEvent> events) throws IOException, InterruptedException {
        var who = subject instanceof EventSubject.OfCustomer customer
                ? "identifierName=id&identifierValue=" + customer.customerId().value() + "&source=ALL"
                : "identifierName=id&identifierValue=" + ((EventSubject.OfUserGroup) subject).userGroupId().value()
                        + "&source=INSTORE&type=USERGROUP2";
        var ids = events.stream().map(event -> Long.toString(event.id().value())).collect(Collectors.joining(","));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                        + "/v2/pointsLedger/getLedgerExplodeInfo?" + who + "&eventIds=" + ids + EVERY_FLAG + "&limit=100"))
                .header("Authorization", authorization).GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("explode answered " + response.statusCode() + ": " + response.body());
        }
        var data = json.readTree(response.body()).get("events");
        if (data == null || !data.isArray() || data.size() != events.size()) {
            throw new AssertionError("asked for " + events.size() + " events, answered " + response.body());
        }
        return data;
    }
}

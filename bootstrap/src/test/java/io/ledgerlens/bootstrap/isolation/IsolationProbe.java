package io.ledgerlens.bootstrap.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.domain.org.OrgId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

/** Asks the service as one org and checks that nothing of another org comes back. */
final class IsolationProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final TenantWorld world;
    private int requests;

    IsolationProbe(TenantWorld world) {
        this.world = world;
    }

    record Reply(String request, int status, String body) {
    }

    /** The kinds of credential an org calls with: a till user (Basic) and an API client (a token it minted). */
    enum Kind {
        TILL_USER, API_CLIENT
    }

    /** Tokens minted per org, and when: re-minted well before their five minutes are up. */
    private final Map<OrgId, String> tokens = new HashMap<>();
    private final Map<OrgId, Instant> minted = new HashMap<>();
    private final List<String> everyToken = new ArrayList<>();

    Reply ask(OrgId caller, String method, String path, String body, String... headers) {
        return ask(caller, Kind.TILL_USER, method, path, body, headers);
    }

    Reply ask(OrgId caller, Kind kind, String method, String path, String body, String... headers) {
        var credential = kind == Kind.TILL_USER ? List.of("Authorization", world.authorizationOf(caller))
                : List.of("X-CAP-API-OAUTH-TOKEN", tokenOf(caller));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + world.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header(credential.get(0), credential.get(1)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            requests++;
            return new Reply("as " + caller + " (" + kind + "): " + method + " " + path + " " + List.of(headers),
                    response.statusCode(), response.body());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private String tokenOf(OrgId org) {
        var at = minted.get(org);
        if (at == null || at.isBefore(Instant.now().minusSeconds(120))) {
            var apiClient = world.apiClientOf(org);
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + world.port() + "/v3/oauth/token/generate"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"key\":\"" + apiClient.get(0) + "\",\"secret\":\"" + apiClient.get(1) + "\"}")).build();
            try {
                var answer = JSON.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
                tokens.put(org, answer.at("/data/accessToken").asText());
                minted.put(org, Instant.now());
                everyToken.add(tokens.get(org));
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        return tokens.get(org);
    }

    /** Nothing in {@code reply} belongs to an org outside {@code visible}: no marker, no event id, no 5xx. */
    void assertShowsOnly(Collection<OrgId> visible, Reply reply) {
        assertThat(reply.status()).as(reply.request()).isLessThan(500);
        for (var org : world.orgs()) {
            if (!visible.contains(org)) {
                assertThat(reply.body()).as(reply.request() + " leaked org " + org).doesNotContain(TenantWorld.markerOf(org));
            }
        }
        var foreign = eventIdsIn(reply).stream().filter(id -> !visible.contains(world.orgOfEvent(id)))
                .collect(Collectors.toList());
        assertThat(foreign).as(reply.request() + " returned events of other orgs").isEmpty();
    }

    /** Every token this probe minted: like a secret, none may reach a log. */
    List<String> tokensMinted() {
        return List.copyOf(everyToken);
    }

    int requestsMade() {
        return requests;
    }

    private static List<Long> eventIdsIn(Reply reply) {
        var ids = new ArrayList<Long>();
        try {
            collect(JSON.readTree(reply.body()), ids);
        } catch (IOException notJson) {
            throw new AssertionError(reply.request() + " did not answer JSON: " + reply.body(), notJson);
        }
        return ids;
    }

    private static void collect(JsonNode node, List<Long> ids) {
        if (node.isObject()) {
            var id = node.get("eventLogId");
            if (id != null && id.canConvertToLong()) {
                ids.add(id.asLong());
            }
            node.elements().forEachRemaining(child -> collect(child, ids));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, ids));
        }
    }
}

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
import java.util.Collection;
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

    Reply ask(OrgId caller, String method, String path, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + world.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", world.authorizationOf(caller)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            requests++;
            return new Reply("as " + caller + ": " + method + " " + path + " " + List.of(headers), response.statusCode(),
                    response.body());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
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

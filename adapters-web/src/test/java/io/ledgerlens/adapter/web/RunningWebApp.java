package io.ledgerlens.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.adapter.web.server.LedgerLensWebApp;
import io.ledgerlens.application.fake.InMemoryAuditLog;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.out.explode.LoadLedgerEventsPort;
import io.ledgerlens.adapter.web.registration.RegistrationUseCases;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.service.ExplodeLedgerService;
import io.ledgerlens.application.service.FormUserGroupService;
import io.ledgerlens.application.service.RecordLedgerEventService;
import io.ledgerlens.application.service.RegisterCustomerService;
import io.ledgerlens.application.service.ChangeOrgSettingsService;
import io.ledgerlens.application.service.RegisterReferenceDataService;
import io.ledgerlens.domain.org.OrgId;
import java.time.ZoneId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The real HTTP server on a free port, and a client that talks to it. */
public final class RunningWebApp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();
    private final AccessFixture access;
    /** The {@code Authorization} every request sends unless it names its own; {@code null}: none. */
    private final String authorization;

    private RunningWebApp(Javalin app, AccessFixture access, String authorization) {
        this.app = app;
        this.access = access;
        this.authorization = authorization;
    }

    /**
     * The server over {@code ledger}, explode, recording and registration wired as in production; every request
     * presents a till user of {@code caller} holding every right, unless it presents its own credential.
     */
    public static RunningWebApp over(InMemoryLedger ledger, OrgId caller) {
        var access = new AccessFixture();
        return serving(ledger, access, WebLimits.DEFAULT,
                access.basicFor(caller, AccessRight.POINTS_READ, AccessRight.LEDGER_WRITE, AccessRight.ORG_ADMIN));
    }

    /**
     * The deployment's time zone the tests' servers render timestamps in: their ledgers' times are Indian, as on
     * Capillary's India cluster (§8, §9).
     */
    public static final ZoneId SERVER_ZONE = ZoneId.of("Asia/Kolkata");

    /** The server over {@code ledger} with {@code access} and {@code limits}; requests present no credential of their own. */
    public static RunningWebApp serving(InMemoryLedger ledger, AccessFixture access, WebLimits limits, String authorization) {
        return serving(ledger, ledger, access, limits, authorization);
    }

    /** As {@link #over(InMemoryLedger, OrgId)}, explode reading its events through {@code events}. */
    public static RunningWebApp over(InMemoryLedger ledger, LoadLedgerEventsPort events, OrgId caller) {
        var access = new AccessFixture();
        return serving(ledger, events, access, WebLimits.DEFAULT,
                access.basicFor(caller, AccessRight.POINTS_READ, AccessRight.LEDGER_WRITE, AccessRight.ORG_ADMIN));
    }

    private static RunningWebApp serving(InMemoryLedger ledger, LoadLedgerEventsPort events, AccessFixture access,
                                         WebLimits limits, String authorization) {
        return new RunningWebApp(LedgerLensWebApp.create(new ExplodeLedgerService(ledger, ledger, events),
                new RecordLedgerEventService(ledger), registrationOver(ledger), access.webAccess(), limits,
                SERVER_ZONE)
                .start("127.0.0.1", 0), access, authorization);
    }

    public AccessFixture access() {
        return access;
    }

    /** The registration use cases over {@code port}, as bootstrap wires them (the audit log in memory). */
    public static RegistrationUseCases registrationOver(RegistrationPort port) {
        return new RegistrationUseCases(new ChangeOrgSettingsService(port, new InMemoryAuditLog(), java.time.Clock.systemUTC()),
                new RegisterReferenceDataService(port), new RegisterCustomerService(port), new FormUserGroupService(port));
    }

    /** A GET with optional header pairs. */
    public Reply get(String pathAndQuery, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** A request to {@code path} with {@code method}, {@code body} (may be {@code null}) and exactly {@code headers}. */
    public Reply exchange(String method, String path, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return sendAsIs(request.build());
    }

    /** A PUT of a JSON body. */
    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST of a JSON body. */
    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Sends {@code request}, with this server's default credential unless it carries one of its own. */
    public Reply send(HttpRequest request) {
        var presentsOwn = request.headers().firstValue("Authorization").isPresent()
                || request.headers().firstValue("X-CAP-API-OAUTH-TOKEN").isPresent();
        if (authorization == null || presentsOwn) {
            return sendAsIs(request);
        }
        return sendAsIs(HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", authorization).build());
    }

    private Reply sendAsIs(HttpRequest request) {
        try {
            return new Reply(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** What came back: status, headers, raw body and its JSON tree. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The {@code (field, code)} of each problem of a refused write, in order. */
        public java.util.List<java.util.List<String>> problems() {
            var found = new java.util.ArrayList<java.util.List<String>>();
            json().get("errors").forEach(e -> found.add(java.util.List.of(e.get("field").asText(), e.get("code").asText())));
            return found;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException failure) {
                throw new UncheckedIOException("not JSON: " + response.body(), failure);
            }
        }
    }
}

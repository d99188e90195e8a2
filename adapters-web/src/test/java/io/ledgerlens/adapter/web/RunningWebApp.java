package io.ledgerlens.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.ledgerlens.adapter.web.server.CallerOrgResolver;
import io.ledgerlens.adapter.web.server.LedgerLensWebApp;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.adapter.web.registration.RegistrationUseCases;
import io.ledgerlens.application.port.out.RegistrationPort;
import io.ledgerlens.application.service.ConnectOrgService;
import io.ledgerlens.application.service.ExplodeLedgerService;
import io.ledgerlens.application.service.FormUserGroupService;
import io.ledgerlens.application.service.RecordLedgerEventService;
import io.ledgerlens.application.service.RegisterCustomerService;
import io.ledgerlens.application.service.RegisterOrgService;
import io.ledgerlens.application.service.RegisterReferenceDataService;
import io.ledgerlens.domain.org.OrgId;
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

    private RunningWebApp(Javalin app) {
        this.app = app;
    }

    /** The server over {@code ledger}, explode, recording and registration wired as in production, acting for {@code caller}. */
    public static RunningWebApp over(InMemoryLedger ledger, OrgId caller) {
        return new RunningWebApp(LedgerLensWebApp.create(new ExplodeLedgerService(ledger, ledger, ledger),
                new RecordLedgerEventService(ledger, ledger), registrationOver(ledger), CallerOrgResolver.always(caller))
                .start("127.0.0.1", 0));
    }

    /** The registration use cases over {@code port}, as bootstrap wires them. */
    public static RegistrationUseCases registrationOver(RegistrationPort port) {
        return new RegistrationUseCases(new RegisterOrgService(port), new ConnectOrgService(port),
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

    public Reply send(HttpRequest request) {
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

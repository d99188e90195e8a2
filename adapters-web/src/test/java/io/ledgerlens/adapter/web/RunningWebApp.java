package io.ledgerlens.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.ledgerlens.adapter.web.server.CallerOrgResolver;
import io.ledgerlens.adapter.web.server.LedgerLensWebApp;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.ExplodeLedgerQuery;
import io.ledgerlens.application.port.in.RecordLedgerEventUseCase;
import io.ledgerlens.application.service.ExplodeLedgerService;
import io.ledgerlens.application.service.RecordLedgerEventService;
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

    /** The server over {@code ledger}, explode and recording wired as in production, acting for {@code caller}. */
    public static RunningWebApp over(InMemoryLedger ledger, OrgId caller) {
        return serving(new ExplodeLedgerService(ledger, ledger, ledger), new RecordLedgerEventService(ledger, ledger), caller);
    }

    public static RunningWebApp serving(ExplodeLedgerQuery explode, RecordLedgerEventUseCase recorder, OrgId caller) {
        return new RunningWebApp(LedgerLensWebApp.create(explode, recorder, CallerOrgResolver.always(caller))
                .start("127.0.0.1", 0));
    }

    /** A GET with optional header pairs. */
    public Reply get(String pathAndQuery, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
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

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException failure) {
                throw new UncheckedIOException("not JSON: " + response.body(), failure);
            }
        }
    }
}

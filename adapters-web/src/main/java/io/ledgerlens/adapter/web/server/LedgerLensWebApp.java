package io.ledgerlens.adapter.web.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.ledgerlens.adapter.web.access.GuardedRoutes;
import io.ledgerlens.adapter.web.access.WebAccess;
import io.ledgerlens.adapter.web.explode.ExplodeRoutes;
import io.ledgerlens.adapter.web.http.ErrorEnvelopeJson;
import io.ledgerlens.adapter.web.http.JsonResponses;
import io.ledgerlens.adapter.web.http.LedgerLensJson;
import io.ledgerlens.adapter.web.recording.RecordingRoutes;
import io.ledgerlens.adapter.web.registration.RegistrationRoutes;
import io.ledgerlens.adapter.web.registration.RegistrationUseCases;
import io.ledgerlens.application.port.in.explode.ExplodeLedgerQuery;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the explode routes, event recording, registration, the
 * OpenAPI document, {@code /health}, and the contract's envelope for
 * everything that goes wrong (unknown route, internal failure), so that no
 * answer ever carries a stack trace or a class name.
 */
public final class LedgerLensWebApp {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerLensWebApp.class);

    private LedgerLensWebApp() {
    }

    /**
     * A configured, not yet started, server; {@code start(port)} it. Every route but {@code /health}, the
     * OpenAPI document and the token endpoint is behind {@code access}'s guard. Explode renders every timestamp
     * in {@code serverZone}, the deployment's one time zone.
     *
     * @param explode answers {@code getLedgerExplodeInfo}, v2 and v2.1
     * @param recorder records the events posted to {@code /v1/ledger/events}
     * @param registration the registration use cases behind the org admin's routes
     * @param access the guard, the credential routes and the token endpoint
     * @param limits the sizes of a request and how long a stop waits for those in flight
     * @param serverZone the deployment's time zone
     * @return the server, serving {@code /metrics} itself, with no probes but its own
     */
    public static Javalin create(ExplodeLedgerQuery explode, RecordLedgerEventUseCase recorder,
                                 RegistrationUseCases registration, WebAccess access, WebLimits limits,
                                 ZoneId serverZone) {
        return create(explode, recorder, registration, access, limits, serverZone, WebOperations.standalone(), true);
    }

    /**
     * As above, measured and probed by {@code operations}; {@code /metrics} is served here when
     * {@code metricsHere}, else on the {@link #management} server.
     *
     * @param explode answers {@code getLedgerExplodeInfo}, v2 and v2.1
     * @param recorder records the events posted to {@code /v1/ledger/events}
     * @param registration the registration use cases behind the org admin's routes
     * @param access the guard, the credential routes and the token endpoint
     * @param limits the sizes of a request and how long a stop waits for those in flight
     * @param serverZone the deployment's time zone
     * @param operations the metrics, request ids, access log and readiness probe the server shares with its management server
     * @param metricsHere whether {@code /metrics} is served on this server's port
     * @return the server, configured and not yet started
     */
    public static Javalin create(ExplodeLedgerQuery explode, RecordLedgerEventUseCase recorder,
                                 RegistrationUseCases registration, WebAccess access, WebLimits limits,
                                 ZoneId serverZone, WebOperations operations, boolean metricsHere) {
        var explodeRoutes = new ExplodeRoutes(explode, serverZone);
        var json = LedgerLensJson.objectMapper();
        var recordingRoutes = new RecordingRoutes(recorder);
        var registrationRoutes = new RegistrationRoutes(registration);
        var openApiRoutes = new OpenApiRoutes();
        var explorerRoutes = new ApiExplorerRoutes();
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new EnvelopeErrorHandler(json)));
            new GracefulStop().configure(config, limits.drainTimeout());
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(limits.maxHeaderBytes());
                // Requests are read into heap buffers: Jetty's parser scans a request line in a heap buffer at once and
                // takes a direct one byte by byte through its UTF-8 decoder, 5.7% of every-flag explode's JVM samples
                // (its query string is 360 bytes). Jetty's own option; nothing else reads these buffers.
                http.setUseInputDirectByteBuffers(false);
            });
            config.http.maxRequestSize = limits.maxBodyBytes();
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            operations.serveRequests(config, metricsHere);
            var guarded = new GuardedRoutes(config.routes, access.guard());
            explodeRoutes.register(guarded);
            recordingRoutes.register(guarded);
            registrationRoutes.register(guarded);
            access.credentialRoutes().register(guarded);
            access.tokenRoutes().register(config.routes);
            openApiRoutes.register(config.routes);
            explorerRoutes.register(config.routes);
            // Only for routes that do not exist: a write answering 404 itself (an org not registered) keeps its answer.
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
                if (!JsonResponses.answered(ctx)) {
                    JsonResponses.send(ctx, HttpStatus.NOT_FOUND,
                            ErrorEnvelopeJson.single(404, "Not found: " + ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> JsonResponses.send(ctx, HttpStatus.METHOD_NOT_ALLOWED,
                    ErrorEnvelopeJson.single(405, "Method not allowed")));
            // Javalin's own refusals (a body over the size limit: 413) keep their status, in our envelope.
            config.routes.exception(HttpResponseException.class, (refusal, ctx) -> JsonResponses.send(ctx,
                    HttpStatus.forStatus(refusal.getStatus()), ErrorEnvelopeJson.single(refusal.getStatus(), refusal.getMessage())));
            config.routes.exception(Exception.class, (failure, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), failure);
                JsonResponses.send(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                        ErrorEnvelopeJson.single(500, "Internal error; the failure was logged"));
            });
        });
    }

    /**
     * The management server, for {@code --management-port}: {@code /metrics} and the health probes, nothing of the
     * API, in the same envelope for anything else.
     *
     * @param operations what the API server measures, so that its metrics and probes are served here
     * @return the management server, configured and not yet started
     */
    public static Javalin management(WebOperations operations) {
        var json = LedgerLensJson.objectMapper();
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new EnvelopeErrorHandler(json)));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            operations.serveManagement(config);
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> JsonResponses.send(ctx, HttpStatus.NOT_FOUND,
                    ErrorEnvelopeJson.single(404, "Not found: " + ctx.method() + " " + ctx.path())));
        });
    }
}

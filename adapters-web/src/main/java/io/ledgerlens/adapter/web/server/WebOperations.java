package io.ledgerlens.adapter.web.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.http.JsonResponses;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's side of the HTTP server: request ids and the access log on every request, request metrics,
 * {@code /health} (an alias of live), {@code /health/live}, {@code /health/ready} and {@code /metrics}. The probes
 * and the metrics can be served on their own management port, to keep them inside the cluster.
 */
public final class WebOperations {

    /** Prometheus' text exposition format, as every scraper reads it. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final RequestMetrics metrics;
    private final AccessLog accessLog = new AccessLog();
    private final ReadinessProbe readiness;

    /**
     * Over the registry {@code /metrics} scrapes and the readiness the probe asks.
     *
     * @param registry where request and Jetty thread metrics are kept
     * @param readiness what {@code /health/ready} asks (the store's door, in the service)
     * @param readinessDeadline how long the probe waits for an answer before it says not ready
     */
    public WebOperations(PrometheusMeterRegistry registry, Readiness readiness, Duration readinessDeadline) {
        this.registry = registry;
        this.metrics = new RequestMetrics(registry);
        this.readiness = new ReadinessProbe(readiness, readinessDeadline);
    }

    /**
     * For a server in a test or an embedding: metrics kept in memory, always ready.
     *
     * @return operations that need nothing from outside
     */
    public static WebOperations standalone() {
        return new WebOperations(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Readiness.always(),
                Duration.ofSeconds(2));
    }

    /**
     * On the service's server: every request measured and logged; the probes, and the metrics when {@code withMetrics}.
     *
     * @param config the API server's configuration, before it is created
     * @param withMetrics whether {@code /metrics} is served on the API's port
     */
    public void serveRequests(JavalinConfig config, boolean withMetrics) {
        // Jetty's request threads (jetty_threads_{busy,current,jobs,config_max}): busy at the max with jobs queued is
        // an instance that answers late whatever the database does.
        config.jetty.modifyServer(server -> new JettyServerThreadPoolMetrics(server.getThreadPool(), List.of()).bindTo(registry));
        config.routes.before(RequestIds::assign);
        config.requestLogger.http((ctx, milliseconds) -> {
            try {
                var route = RouteTemplates.of(ctx);
                metrics.record(ctx, route, milliseconds);
                accessLog.log(ctx, route, milliseconds);
            } finally {
                RequestIds.release();
            }
        });
        probes(config, withMetrics);
    }

    /**
     * On a management server of its own: the probes and the metrics only.
     *
     * @param config the management server's configuration, before it is created
     */
    public void serveManagement(JavalinConfig config) {
        probes(config, true);
    }

    private void probes(JavalinConfig config, boolean withMetrics) {
        config.routes.get("/health", WebOperations::live);
        config.routes.get("/health/live", WebOperations::live);
        config.routes.get("/health/ready", this::ready);
        if (withMetrics) {
            config.routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).header("Cache-Control", "no-store")
                    .result(registry.scrape()));
        }
    }

    /** The process answers: nothing else is asked, so a slow database never gets a live instance restarted. */
    private static void live(Context ctx) {
        JsonResponses.send(ctx, HttpStatus.OK, Map.of("status", "UP"));
    }

    private void ready(Context ctx) {
        var why = readiness.notReadyBecause();
        var body = new LinkedHashMap<String, String>();
        body.put("status", why.isEmpty() ? "UP" : "DOWN");
        why.ifPresent(reason -> body.put("reason", reason));
        JsonResponses.send(ctx, why.isEmpty() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE, body);
    }
}

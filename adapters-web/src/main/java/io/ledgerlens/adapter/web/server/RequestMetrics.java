package io.ledgerlens.adapter.web.server;

import io.javalin.http.Context;
import io.ledgerlens.adapter.web.http.RefusalReasons;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Per request: {@code http_server_requests_seconds} by method, route template and status, with buckets fit for a
 * latency alert; and for each refusal an operator must see (401, 403, 429, 503) {@code ledgerlens_refusals_total}
 * by status and reason. Each meter is built once and kept: building it for every request (tags, buckets, the
 * registry's lookup) cost more than recording into it (JFR, explode under load).
 */
final class RequestMetrics {

    private static final Set<Integer> REFUSALS = Set.of(401, 403, 429, 503);
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
    };

    private final MeterRegistry registry;
    /** Few keys: route templates (never paths), methods and statuses are each a short list. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> refusals = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records a request answered on {@code uri}, its route template. */
    void record(Context ctx, String uri, float milliseconds) {
        var status = ctx.statusCode();
        var method = ctx.method().name();
        timers.computeIfAbsent(method + ' ' + uri + ' ' + status, key -> Timer.builder("http.server.requests")
                        .description("HTTP requests answered, by method, route template and status")
                        .tag("method", method)
                        .tag("uri", uri)
                        .tag("status", Integer.toString(status))
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry))
                .record((long) (milliseconds * 1_000_000L), TimeUnit.NANOSECONDS);
        if (REFUSALS.contains(status)) {
            var reason = RefusalReasons.of(ctx).orElse("other");
            refusals.computeIfAbsent(status + " " + reason, key -> Counter.builder("ledgerlens.refusals")
                            .description("Requests refused: 401, 403, 429 and 503, by why")
                            .tag("status", Integer.toString(status))
                            .tag("reason", reason)
                            .register(registry))
                    .increment();
        }
    }
}

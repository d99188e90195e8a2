package io.ledgerlens.adapter.web.server;

import io.javalin.http.Context;
import io.ledgerlens.adapter.web.http.RefusalReasons;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Per request: {@code http_server_requests_seconds} by method, route template and status, with buckets fit for a
 * latency alert; and for each refusal an operator must see (401, 403, 429, 503) {@code ledgerlens_refusals_total}
 * by status and reason.
 */
final class RequestMetrics {

    private static final Set<Integer> REFUSALS = Set.of(401, 403, 429, 503);
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
    };

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx, float milliseconds) {
        var status = ctx.statusCode();
        Timer.builder("http.server.requests")
                .description("HTTP requests answered, by method, route template and status")
                .tag("method", ctx.method().name())
                .tag("uri", RouteTemplates.of(ctx))
                .tag("status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record((long) (milliseconds * 1_000_000L), TimeUnit.NANOSECONDS);
        if (REFUSALS.contains(status)) {
            Counter.builder("ledgerlens.refusals")
                    .description("Requests refused: 401, 403, 429 and 503, by why")
                    .tag("status", Integer.toString(status))
                    .tag("reason", RefusalReasons.of(ctx).orElse("other"))
                    .register(registry)
                    .increment();
        }
    }
}

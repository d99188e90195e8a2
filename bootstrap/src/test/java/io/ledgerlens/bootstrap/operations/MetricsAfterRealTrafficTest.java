package io.ledgerlens.bootstrap.operations;

import static io.ledgerlens.bootstrap.operations.OperatorsView.EXPLODE_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.web.access.AccessLimits;
import io.ledgerlens.adapter.web.access.ClientAddresses;
import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.ServiceSettings;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An operator scrapes {@code /metrics} after real traffic, on the real server over PostgreSQL, and finds every
 * request counted under its route template, method and status, each refusal under its reason, the connection
 * pool, the JVM and the process.
 */
class MetricsAfterRealTrafficTest {

    private LedgerLensService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void every_request_is_counted_by_route_template_method_and_status_and_every_refusal_by_reason() {
        service = DemoLedgers.fresh(DemoLedgers.UNTHROTTLED).start("127.0.0.1", 0);
        var view = new OperatorsView(service.port());
        for (int i = 0; i < 3; i++) {
            assertThat(view.explodeAsTheTill().status()).isEqualTo(200);
        }
        assertThat(view.get(OperatorsView.PURCHASE).status()).isEqualTo(401);
        var wrongPassword = "Basic " + Base64.getEncoder().encodeToString("demo.till:not-the-password".getBytes());
        assertThat(view.get(OperatorsView.PURCHASE, "Authorization", wrongPassword).status()).isEqualTo(401);
        assertThat(view.get("/no/such/route/" + DemoDataset.PRIYA_MOBILE).status()).isEqualTo(404);

        var scrape = view.get("/metrics");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(view.sample("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"" + EXPLODE_ROUTE + "\"}"))
                .contains(3.0);
        assertThat(view.sample("http_server_requests_seconds_count{method=\"GET\",status=\"401\",uri=\"" + EXPLODE_ROUTE + "\"}"))
                .contains(2.0);
        assertThat(view.sample("http_server_requests_seconds_bucket{method=\"GET\",status=\"200\",uri=\"" + EXPLODE_ROUTE
                + "\",le=\"+Inf\"}")).contains(3.0);
        assertThat(view.sample("http_server_requests_seconds_count{method=\"GET\",status=\"404\",uri=\"UNMATCHED\"}"))
                .contains(1.0);
        assertThat(view.sample("ledgerlens_refusals_total{reason=\"unauthorized\",status=\"401\"}")).contains(2.0);
        assertThat(view.sample("hikaricp_connections_active{pool=\"ledgerlens\"}")).isPresent();
        assertThat(view.sample("hikaricp_connections_timeout_total{pool=\"ledgerlens\"}")).contains(0.0);
        assertThat(view.sample("jvm_memory_used_bytes{area=\"heap\",id=\"G1 Old Gen\"}")).isPresent();
        assertThat(view.sample("process_uptime_seconds")).isPresent();
        assertThat(view.sample("jetty_threads_busy")).as("the thread answering the scrape").hasValueSatisfying(
                busy -> assertThat(busy).isGreaterThanOrEqualTo(1.0));
        assertThat(view.sample("jetty_threads_config_max")).hasValueSatisfying(max -> assertThat(max).isGreaterThan(1.0));
        assertThat(scrape.body()).contains("jvm_threads_live_threads", "process_cpu_usage", "process_files_open_files")
                // Labels name routes, never the values a path or a query carried.
                .doesNotContain(DemoDataset.PRIYA_MOBILE, DemoDataset.PURCHASE_BILL);
    }

    @Test
    void a_rate_limited_request_is_counted_as_such() {
        var oneRequestASecond = new RateLimits(1, Duration.ofHours(1));
        var roomy = new RateLimits(1_000_000, Duration.ofSeconds(1));
        service = DemoLedgers.fresh(new ServiceSettings(new AccessLimits(oneRequestASecond, roomy, roomy,
                ClientAddresses.direct()), WebLimits.DEFAULT, ZoneOffset.UTC)).start("127.0.0.1", 0);
        var view = new OperatorsView(service.port());
        assertThat(view.explodeAsTheTill().status()).isEqualTo(200);
        assertThat(view.explodeAsTheTill().status()).isEqualTo(429);
        assertThat(view.sample("ledgerlens_refusals_total{reason=\"rate_limited\",status=\"429\"}")).contains(1.0);
    }

    @Test
    void on_a_management_port_the_metrics_leave_the_service_port() {
        service = DemoLedgers.fresh(DemoLedgers.UNTHROTTLED.withManagementPort(0)).start("127.0.0.1", 0);
        var api = new OperatorsView(service.port());
        var management = new OperatorsView(service.managementPort().orElseThrow());
        assertThat(service.managementPort()).isNotEqualTo(java.util.Optional.of(service.port()));
        assertThat(api.explodeAsTheTill().status()).isEqualTo(200);

        assertThat(api.get("/metrics").status()).isEqualTo(404);
        assertThat(management.sample("http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\""
                + EXPLODE_ROUTE + "\"}")).contains(1.0);
        assertThat(management.get("/health/ready").status()).isEqualTo(200);
        assertThat(api.get("/health/ready").status()).isEqualTo(200);
        assertThat(management.get(OperatorsView.PURCHASE).status()).as("no API on the management port").isEqualTo(404);
    }
}

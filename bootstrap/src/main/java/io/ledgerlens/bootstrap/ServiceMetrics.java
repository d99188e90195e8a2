package io.ledgerlens.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import javax.sql.DataSource;

/**
 * What {@code /metrics} shows beyond the requests: the JVM (memory, collections, threads, classes), the process
 * (CPU, uptime, open files) and the service's connection pool (connections active, idle and awaited, timeouts and
 * how long a connection took to get), all in one Prometheus registry.
 */
final class ServiceMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics collections;

    private ServiceMetrics(PrometheusMeterRegistry registry, JvmGcMetrics collections) {
        this.registry = registry;
        this.collections = collections;
    }

    /** A registry with the JVM's and the process's meters, and the pool's when {@code pool} is HikariCP's. */
    static ServiceMetrics of(DataSource pool) {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        var collections = new JvmGcMetrics();
        collections.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        if (pool instanceof HikariDataSource hikari && hikari.getMetricRegistry() == null) {
            // HikariCP's own Micrometer tracker: hikaricp_connections_{active,idle,pending,timeout_total,acquire_seconds}.
            hikari.setMetricRegistry(registry);
        }
        return new ServiceMetrics(registry, collections);
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        collections.close();
        registry.close();
    }
}

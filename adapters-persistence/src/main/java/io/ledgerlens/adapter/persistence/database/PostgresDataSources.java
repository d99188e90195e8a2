package io.ledgerlens.adapter.persistence.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/**
 * Connection pools to PostgreSQL. Instances are stateless, so a pool per
 * instance is all the state there is; size it to the database, not to the load.
 */
public final class PostgresDataSources {

    /**
     * The longest one statement may run before PostgreSQL cancels it: far beyond any explode or batch of an
     * import, short enough that a runaway query cannot hold a connection (and its locks) for long.
     */
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(10);

    private PostgresDataSources() {
    }

    /** {@link #pooled(String, String, String, int, Duration)} with the default {@link #STATEMENT_TIMEOUT}. */
    public static HikariDataSource pooled(String jdbcUrl, String user, String password, int maxPoolSize) {
        return pooled(jdbcUrl, user, password, maxPoolSize, STATEMENT_TIMEOUT);
    }

    /**
     * A pool that starts even when the database is down (it connects lazily)
     * and gives up on a connection quickly, so a request fails fast with 9003
     * instead of hanging while the database is away.
     */
    public static HikariDataSource pooled(String jdbcUrl, String user, String password, int maxPoolSize,
                                          Duration statementTimeout) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("ledgerlens");
        config.setConnectionTimeout(Duration.ofSeconds(3).toMillis());
        config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", "ledgerlens");
        // Set at connection start, so it holds for every statement on every pooled connection.
        config.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
        // A JDBC batch of one insert statement travels as multi-row inserts: what makes bulk import fast.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}

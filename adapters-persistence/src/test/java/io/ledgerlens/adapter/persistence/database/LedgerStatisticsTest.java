package io.ledgerlens.adapter.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An analysis of the ledger may outrun the statement timeout meant for requests, and still completes. */
class LedgerStatisticsTest {

    private final HikariDataSource fresh = (HikariDataSource) PostgresDatabase.freshDatabase();
    private final HikariDataSource pool = PostgresDataSources.pooled(fresh.getJdbcUrl(), fresh.getUsername(),
            fresh.getPassword(), 2, Duration.ofMillis(300));

    @AfterEach
    void close() {
        pool.close();
        fresh.close();
    }

    @Test
    void an_analysis_that_waits_past_the_requests_statement_and_socket_timeouts_still_completes() throws Exception {
        var statistics = new LedgerStatistics(PostgresDatabase.storeOn(pool));
        int socketTimeout;
        try (var connection = pool.getConnection()) {
            socketTimeout = connection.getNetworkTimeout();
        }
        var analysing = Executors.newSingleThreadExecutor();
        try (var owner = fresh.getConnection(); var statement = owner.createStatement()) {
            owner.setAutoCommit(false);
            // ANALYZE waits for this lock: held past the pool's statement timeout (0.3 s) and socket timeout (2 s).
            statement.execute("lock table customer in share update exclusive mode");
            var analysis = analysing.submit(statistics::analyze);
            Thread.sleep(2_800);
            owner.commit();
            analysis.get(30, TimeUnit.SECONDS);
        } finally {
            analysing.shutdownNow();
        }
        assertThat(lastAnalyzed("customer")).as("customer analysed").isTrue();
        try (var connection = pool.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("show statement_timeout")) {
            result.next();
            assertThat(result.getString(1)).as("the pool's own timeout afterwards").isEqualTo("300ms");
            assertThat(connection.getNetworkTimeout()).as("the pool's own socket timeout afterwards").isEqualTo(socketTimeout)
                    .isLessThan(2_800);
        }
    }

    private boolean lastAnalyzed(String table) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (var connection = fresh.getConnection(); var statement = connection.createStatement();
                 var result = statement.executeQuery(
                         "select last_analyze is not null from pg_stat_user_tables where relname = '" + table + "'")) {
                if (result.next() && result.getBoolean(1)) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }
}

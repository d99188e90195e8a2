package io.ledgerlens.adapter.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PostgreSQL cancels a statement that outruns the pool's statement timeout; the store reports it as unavailable. */
class StatementTimeoutTest {

    private final HikariDataSource fresh = (HikariDataSource) PostgresDatabase.freshDatabase();
    private final HikariDataSource pool = PostgresDataSources.pooled(fresh.getJdbcUrl(), fresh.getUsername(),
            fresh.getPassword(), 2, Duration.ofMillis(1000));
    private final LedgerStore store = PostgresDatabase.storeOn(pool);

    @AfterEach
    void close() {
        pool.close();
        fresh.close();
    }

    @Test
    void a_statement_within_the_timeout_runs() {
        String slept = store.read(TenantFence.none(), dsl -> (String) dsl.fetchValue("select 'slept' from pg_sleep(0.8)"));
        assertThat(slept).isEqualTo("slept");
    }

    @Test
    void a_statement_past_the_timeout_is_cancelled_and_the_store_says_it_cannot_answer() {
        assertThatThrownBy(() -> store.read(TenantFence.none(), dsl -> dsl.fetchValue("select 'slept' from pg_sleep(1.2)")))
                .isInstanceOf(LedgerUnavailableException.class);
        Object one = store.read(TenantFence.none(), dsl -> dsl.fetchValue("select 1"));
        assertThat(one).as("the connection is still good").isEqualTo(1);
    }

    @Test
    void the_service_pools_run_with_the_default_timeout() throws Exception {
        try (var connection = fresh.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("show statement_timeout")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("10s");
        }
    }
}

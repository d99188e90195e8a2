package io.ledgerlens.adapter.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The tenant fence on a Citus cluster (issue 17): an org's rows live on the worker holding its shard, and the
 * fence must reach that worker. Runs only against a coordinator database of the local cluster
 * ({@code bench/citus/up.sh}; {@code -Dledgerlens.test.citus-url=jdbc:postgresql://127.0.0.1:9700/ledger}), which
 * this test migrates with {@code --citus}'s migrations; not part of {@code .ci/run}, which has no cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "ledgerlens.test.citus-url", matches = "jdbc:postgresql:.+")
class CitusFenceTest {

    private static final Field<Long> ORG_ID = DSL.field("org_id", SQLDataType.BIGINT);
    private static final Field<String> PLAN = DSL.field("plan", SQLDataType.VARCHAR);

    private final long ours = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    private final long theirs = ours + 1;
    private DataSource owner;
    private HikariDataSource service;

    @BeforeAll
    void twoOrgsWithAProgramEach() throws SQLException {
        var url = System.getProperty("ledgerlens.test.citus-url");
        owner = PostgresDataSources.owner(url, "postgres", "");
        LedgerSchema.migrate(owner, DatabaseKind.CITUS);
        try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
            // As the owner, whom no fence holds, and row by row: the service's batches are not what is tested here.
            statement.execute("insert into org (org_id, name) values (" + ours + ", 'ours'), (" + theirs + ", 'theirs')");
            statement.execute("insert into program (org_id, program_id, name) values (" + ours + ", 1, 'ours'), ("
                    + theirs + ", 1, 'theirs')");
        }
        service = PostgresDataSources.pooled(url, "postgres", "", 1);
    }

    @AfterAll
    void closePool() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aFencedSelectSeesItsOrgsRowsOnTheirWorker() {
        var citus = LedgerStore.on(service, DatabaseKind.CITUS);

        assertThat(programOrgs(citus, new TenantFence(List.of(ours)))).containsExactly(ours);
        assertThat(programOrgs(citus, new TenantFence(List.of(theirs)))).containsExactly(theirs);
        assertThat(programOrgs(citus, new TenantFence(List.of(ours, theirs)))).containsExactlyInAnyOrder(ours, theirs);
    }

    @Test
    void aFencedTransactionSeesItsOrgsRowsOnTheirWorker() {
        var citus = LedgerStore.on(service, DatabaseKind.CITUS);

        var seen = citus.read(new TenantFence(List.of(ours)), dsl -> dsl.fetch(
                "select org_id from program where org_id in (" + ours + ", " + theirs + ")").getValues(0, Long.class));

        assertThat(seen).containsExactly(ours);
    }

    @Test
    void theFenceOfOnePostgresqlDoesNotReachTheWorkers() {
        // set_config stays on the coordinator: the shards' policies see no org, and the org's own rows vanish.
        var asIfOneServer = LedgerStore.on(service);

        assertThat(programOrgs(asIfOneServer, new TenantFence(List.of(ours)))).isEmpty();
    }

    @Test
    void aStatementNamingOneOrgRunsOnOneShard() {
        var citus = LedgerStore.on(service, DatabaseKind.CITUS);

        var plan = citus.fetch(new TenantFence(List.of(ours)), "explain select name from program where org_id = ?",
                List.of(PLAN), ours).stream().map(row -> row.get(PLAN)).toList();

        assertThat(plan).anySatisfy(line -> assertThat(line).contains("Task Count: 1"));
    }

    @Test
    void aCoordinatorServedAsOnePostgresqlIsRefused() {
        assertThatThrownBy(() -> LedgerSchema.migrate(owner))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("this database runs Citus")
                .hasMessageContaining("--citus");
    }

    @Test
    void aFailedFencedStatementLeavesItsConnectionFitForTheNext() {
        var citus = LedgerStore.on(service, DatabaseKind.CITUS);
        var fence = new TenantFence(List.of(ours));

        assertThatThrownBy(() -> citus.fetch(fence, "select 1 / (org_id - org_id) as org_id from program", List.of(ORG_ID)))
                .isInstanceOf(LedgerUnavailableException.class);

        // The pool holds one connection: this runs on the one whose transaction failed.
        assertThat(programOrgs(citus, fence)).containsExactly(ours);
    }

    private List<Long> programOrgs(LedgerStore store, TenantFence fence) {
        return store.fetch(fence, "select org_id from program where org_id in (?, ?)", List.of(ORG_ID), ours, theirs)
                .stream().map(row -> row.get(ORG_ID)).toList();
    }
}

package com.example.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.application.port.in.explode.ExplodeOutcome;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.bootstrap.embedding.LedgerLens;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.points.AllocationRule;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The embedding of {@link EmbeddingTest} on a Citus cluster (issue 17): an org, its reference data and a customer
 * registered, an award recorded once, a batch of three, the first exploded,
 * and each of the org's requests run on its one shard, as Citus itself counts them ({@code citus_stat_counters}). Runs
 * only against a coordinator database of the local cluster ({@code bench/citus/up.sh};
 * {@code -Dledgerlens.test.citus-url=jdbc:postgresql://127.0.0.1:9700/ledger}); not part of {@code .ci/run}.
 */
@EnabledIfSystemProperty(named = "ledgerlens.test.citus-url", matches = "jdbc:postgresql:.+")
class EmbeddedOnCitusTest {

    private static final AllocationRule GOODWILL = new AllocationRule(new Program(41, "Goodwill", true),
            new PointsCategory(42, "Service recovery"), new AllocationStrategy(43, "Fixed award"),
            new ExpiryStrategy(44, "ONE_YEAR", ExpiryType.FIXED));
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final long brand = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    private final long customer = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    private final String mobile = "9198" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    private final PGSimpleDataSource owner = new PGSimpleDataSource();

    @Test
    void a_host_on_citus_records_and_explodes_each_request_on_its_orgs_one_shard() throws SQLException {
        owner.setURL(System.getProperty("ledgerlens.test.citus-url"));
        owner.setUser("postgres");
        var org = OrgId.of(brand);
        try (var ledger = LedgerLens.over(owner, 4, DatabaseKind.CITUS)) {
            assertThat(ledger.orgTree().create(Org.root(org, "Brand on Citus", ZoneId.of("Asia/Kolkata"), false)))
                    .isInstanceOf(RegistrationOutcome.Saved.class);
            assertThat(List.of(ledger.referenceData().register(org, org, GOODWILL.program()),
                    ledger.referenceData().register(org, org, GOODWILL.category()),
                    ledger.referenceData().register(org, org, GOODWILL.allocationStrategy()),
                    ledger.referenceData().register(org, org, GOODWILL.expiryStrategy())))
                    .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(RegistrationOutcome.Saved.class));
            var registration = shardExecutionsDuring(() -> ledger.customers().register(org, Customer.register(
                    CustomerId.of(customer), org, "Asha", "Rao",
                    List.of(CustomerIdentifier.of(IdentifierName.MOBILE, mobile, Source.INSTORE)))));
            var desk = new GoodwillDesk(ledger, Map.of("agent", org), GOODWILL);

            var single = shardExecutionsDuring(() -> desk.award("agent", customer, "C-1", "25", NOW));
            var batch = shardExecutionsDuring(() -> desk.awardAll("agent", customer, List.of("C-2", "C-3", "C-4"), "5", NOW));
            var eventId = ((RecordOutcome.Recorded) single.outcome()).eventLogId();
            var explode = shardExecutionsDuring(() -> desk.explode("agent", mobile, eventId.value()));

            assertThat(registration.outcome()).isInstanceOf(RegistrationOutcome.Saved.class);
            assertThat(single.outcome()).isEqualTo(new RecordOutcome.Recorded(eventId, true));
            assertThat(batch.outcome()).asList().hasSize(3).allSatisfy(outcome ->
                    assertThat(outcome).isInstanceOfSatisfying(RecordOutcome.Recorded.class, r -> assertThat(r.created()).isTrue()));
            assertThat(explode.outcome()).isInstanceOfSatisfying(ExplodeOutcome.Exploded.class, answer ->
                    assertThat(answer.view().events()).singleElement().satisfies(event ->
                            assertThat(event.event().allocations()).singleElement().satisfies(allocation ->
                                    assertThat(allocation.rule()).isEqualTo(GOODWILL))));
            for (var run : Map.of("a registration", registration, "a single write", single, "a batch", batch,
                    "an explode", explode).entrySet()) {
                assertThat(run.getValue().multiShard()).as("multi-shard executions of " + run.getKey()).isZero();
                assertThat(run.getValue().singleShard()).as("single-shard executions of " + run.getKey()).isPositive();
            }
        }
    }

    /** What one request did, and how many of Citus's executions ran on one shard and on several meanwhile. */
    private record Run(Object outcome, long singleShard, long multiShard) {
    }

    private Run shardExecutionsDuring(java.util.function.Supplier<Object> request) throws SQLException {
        var before = counters();
        var outcome = request.get();
        var after = counters();
        return new Run(outcome, after[0] - before[0], after[1] - before[1]);
    }

    private long[] counters() throws SQLException {
        try (var connection = owner.getConnection(); var rows = connection.createStatement().executeQuery(
                "select query_execution_single_shard, query_execution_multi_shard from citus_stat_counters"
                        + " where name = current_database()")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }
}

package com.example.loyalty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.explode.ExplodeOutcome;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.bootstrap.architecture.HostArchitectureRules;
import io.ledgerlens.bootstrap.embedding.LedgerLens;
import io.ledgerlens.bootstrap.embedding.LedgerStorePorts;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.explode.ErrorCode;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.AllocationRule;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A host service embeds LedgerLens with its own DataSource, maps its own callers to orgs, records and explodes
 * events, and never touches LedgerLens's web or command-line classes.
 */
class EmbeddingTest {

    private static final OrgId BRAND = OrgId.of(770001);
    private static final OrgId OTHER_BRAND = OrgId.of(880001);
    private static final long CUSTOMER = 9_100_001;
    private static final String MOBILE = "919800000001";
    private static final AllocationRule GOODWILL = new AllocationRule(new Program(41, "Goodwill", true),
            new PointsCategory(42, "Service recovery"), new AllocationStrategy(43, "Fixed award"),
            new ExpiryStrategy(44, "ONE_YEAR", ExpiryType.FIXED));
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void a_host_on_its_own_postgres_records_an_award_once_and_explodes_what_it_earned() {
        // The host's DataSource on a database LedgerLens has not fully migrated yet: over() brings it up to date.
        var hostDataSource = PostgresDatabase.freshLedgerMigratedTo("1").owner();
        try (var ledger = LedgerLens.over(hostDataSource)) {
            theDeskAwardsOnceAndExplodes(ledger);
        }
    }

    @Test
    void a_host_store_of_its_own_plugs_in_through_the_ports() {
        var journal = new JournalAuditLog();
        try (var ledger = LedgerLens.over(LedgerStorePorts.allIn(new InMemoryLedger(), journal))) {
            theDeskAwardsOnceAndExplodes(ledger);
        }
        assertThat(journal.size()).as("the two orgs created, in the desk's own journal").isEqualTo(2);
    }

    @Test
    void a_pool_of_the_hosts_is_refused_with_the_reason() {
        try (var pool = new com.zaxxer.hikari.HikariDataSource()) {
            assertThatThrownBy(() -> LedgerLens.over(pool)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("opens new connections").hasMessageContaining("fenced role");
        }
    }

    @Test
    void the_host_passes_ledgerlens_gate_for_hosts() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .withImportOption(location -> !location.contains("Test"))
                .importPackages("com.example.loyalty", "io.ledgerlens.bootstrap.embedding");
        HostArchitectureRules.all("com.example.loyalty").check(classes);
        classes().that().resideInAPackage("io.ledgerlens.bootstrap.embedding..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..",
                        "io.ledgerlens.bootstrap.embedding..", "io.ledgerlens.domain..", "io.ledgerlens.application..",
                        "io.ledgerlens.adapter.persistence..", "com.zaxxer.hikari..")
                .because("an embedding needs no HTTP server, no command line and no embedded database")
                .allowEmptyShould(false)
                .check(classes);
    }

    private static void theDeskAwardsOnceAndExplodes(LedgerLens ledger) {
        assertThat(ledger.orgTree().create(Org.root(BRAND, "Brand", ZoneId.of("Asia/Kolkata"), false)))
                .isInstanceOf(RegistrationOutcome.Saved.class);
        assertThat(ledger.orgTree().create(Org.root(OTHER_BRAND, "Other brand", ZoneId.of("UTC"), false)))
                .isInstanceOf(RegistrationOutcome.Saved.class);
        assertThat(List.of(
                ledger.referenceData().register(BRAND, BRAND, GOODWILL.program()),
                ledger.referenceData().register(BRAND, BRAND, GOODWILL.category()),
                ledger.referenceData().register(BRAND, BRAND, GOODWILL.allocationStrategy()),
                ledger.referenceData().register(BRAND, BRAND, GOODWILL.expiryStrategy()),
                ledger.customers().register(BRAND, Customer.register(CustomerId.of(CUSTOMER), BRAND, "Asha", "Rao",
                        List.of(CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.INSTORE))))))
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(RegistrationOutcome.Saved.class));

        var desk = new GoodwillDesk(ledger, Map.of("agent-asha", BRAND, "agent-of-another-brand", OTHER_BRAND), GOODWILL);
        var first = desk.award("agent-asha", CUSTOMER, "T-1001", "25", NOW);
        var again = desk.award("agent-asha", CUSTOMER, "T-1001", "25", NOW);
        assertThat(first).isInstanceOfSatisfying(RecordOutcome.Recorded.class, recorded -> assertThat(recorded.created()).isTrue());
        var eventId = ((RecordOutcome.Recorded) first).eventLogId();
        assertThat(again).as("the same ticket sent twice is one award").isEqualTo(new RecordOutcome.Recorded(eventId, false));

        var exploded = desk.explode("agent-asha", MOBILE, eventId.value());
        assertThat(exploded).isInstanceOfSatisfying(ExplodeOutcome.Exploded.class, answer -> {
            assertThat(answer.view().events()).hasSize(1);
            var allocations = answer.view().events().get(0).event().allocations();
            assertThat(allocations).singleElement().satisfies(allocation -> {
                assertThat(allocation.value()).isEqualByComparingTo(new BigDecimal("25"));
                assertThat(allocation.rule()).isEqualTo(GOODWILL);
            });
        });
        assertThat(desk.explode("agent-of-another-brand", MOBILE, eventId.value()))
                .as("another brand's agent does not find the customer")
                .isInstanceOfSatisfying(ExplodeOutcome.Rejected.class, rejected ->
                        assertThat(rejected.problems()).extracting(problem -> problem.code())
                                .containsExactly(ErrorCode.CUSTOMER_NOT_FOUND));
    }
}

package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.domain.testdata.Allocations.AWARDED_ON;
import static io.ledgerlens.domain.testdata.Allocations.EXPIRES_ON;
import static io.ledgerlens.domain.testdata.Allocations.MAIN;
import static io.ledgerlens.domain.testdata.Allocations.END_OF_TWELFTH_MONTH;
import static io.ledgerlens.domain.testdata.Allocations.TEN_PERCENT;
import static io.ledgerlens.domain.testdata.Allocations.points;
import static io.ledgerlens.domain.testdata.Allocations.promo;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.Allocations.regularIn;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.recording.JooqRecordLedger;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.registration.NotifyingRegistration;
import io.ledgerlens.adapter.persistence.testing.Eventually;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.AllocationRule;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The programs, categories, strategies, promotions and currencies an allocation names are read once per instance
 * and remembered by org and id; a rename made here is shown on the very next read, one made elsewhere as soon as
 * PostgreSQL tells this instance; an org never sees another org's names for the same ids; and an instance that is
 * not listening joins the names into its one statement.
 */
class RememberedReferenceDataTest {

    private static final OrgId RETAILER = OrgId.of(120);
    private static final OrgId NEIGHBOUR = OrgId.of(130);
    private static final LedgerOwner ASHA = new LedgerOwner(RETAILER, EventSubject.customer(CustomerId.of(12001)));
    private static final LedgerOwner BEN = new LedgerOwner(NEIGHBOUR, EventSubject.customer(CustomerId.of(13001)));
    /** The neighbour's program has the retailer's default program's id: ids are unique within an org only. */
    private static final Program NEIGHBOURS_PROGRAM = new Program(Allocations.DEFAULT_PROGRAM.id(), "Neighbour Rewards", true);
    /** Far below what is remembered at most (Remembered.KEPT_FOR): a change answered within it was heard. */
    private static final Duration HEARD_WITHIN = Duration.ofSeconds(2);

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();
    private final StatementCounter counter = new StatementCounter();
    private final ChangeNotices notices = ChangeNotices.listeningOn(ledger.owner());
    private final LedgerStore countedStore = PostgresDatabase.storeOn(counter.counting(ledger.service()));
    private final JooqLoadLedgerEvents events = new JooqLoadLedgerEvents(countedStore,
            new RememberedReferenceData(countedStore, notices));
    private final RegistrationPort here = new NotifyingRegistration(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())), notices);
    private final RegistrationPort elsewhere = new JooqRegistration(PostgresDatabase.storeOn(ledger.service()));
    private final EventLogId ashasPurchase;
    private final EventLogId bensPurchase;

    RememberedReferenceDataTest() {
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(RETAILER, "Retailer", ZoneId.of("UTC"), true),
                Org.root(NEIGHBOUR, "Neighbour", ZoneId.of("UTC"), true));
        var subjects = new Subjects(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())));
        subjects.register(Customer.register(CustomerId.of(12001), RETAILER, "Asha", "Rao", List.of()));
        subjects.register(Customer.register(CustomerId.of(13001), NEIGHBOUR, "Ben", "Ng", List.of()));
        var recorder = new JooqRecordLedger(PostgresDatabase.storeOn(ledger.service()));
        ashasPurchase = record(recorder, ASHA, regular("10.0"), promo("3.0"), regularIn(Allocations.STARS, "1.0"));
        bensPurchase = record(recorder, BEN, PointsAllocation.regular(points("5.0"),
                new AllocationRule(NEIGHBOURS_PROGRAM, MAIN, TEN_PERCENT, END_OF_TWELFTH_MONTH), points("50"), AWARDED_ON, EXPIRES_ON));
        Eventually.within(HEARD_WITHIN, "the instance listens", notices::isListening);
    }

    private static EventLogId record(JooqRecordLedger recorder, LedgerOwner owner, PointsAllocation... allocations) {
        var id = recorder.nextEventLogId();
        new EventAppends(recorder).append(LedgerEventBuilder.aTransactionAdd().id(id.value()).org(owner.orgId())
                .subject(owner.subject()).uniqueId("u-" + id.value()).referenceId("B-" + id.value())
                .bill(aBill().number("B-" + id.value()).allocations(allocations)).build());
        return id;
    }

    @AfterEach
    void stopListening() {
        notices.close();
    }

    private LedgerEvent load(LedgerOwner owner, EventLogId id) {
        return events.load(new EventLookup(List.of(owner), new EventSelector.ByEventIds(List.of(id)))).get(0);
    }

    private List<String> programsOf(LedgerOwner owner, EventLogId id) {
        return load(owner, id).allAllocations().stream().map(allocation -> allocation.rule().program().name()).toList();
    }

    private static void renameTheDefaultProgram(RegistrationPort registration, String name) {
        registration.inOrg(RETAILER, registry -> {
            registry.referenceData().save(RETAILER, new Program(Allocations.DEFAULT_PROGRAM.id(), name, true));
            return null;
        });
    }

    @Test
    void an_allocations_reference_data_is_read_with_the_first_explode_and_then_remembered() {
        assertThat(counter.countDuring(() -> load(ASHA, ashasPurchase))).isEqualTo(2);
        assertThat(counter.countDuring(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(load(ASHA, ashasPurchase).allAllocations()).hasSize(3);
            }
        })).isEqualTo(3);
    }

    @Test
    void the_names_remembered_are_those_the_ledger_recorded() {
        var allocations = load(ASHA, ashasPurchase).allAllocations();

        assertThat(allocations).extracting(PointsAllocation::rule).containsOnly(Allocations.DEFAULT_RULE);
        assertThat(allocations.get(1).promotion()).contains(Allocations.WEEKEND_DOUBLE);
        assertThat(allocations.get(2).currency()).contains(Allocations.STARS);
        assertThat(load(ASHA, ashasPurchase).allAllocations()).isEqualTo(allocations);
    }

    @Test
    void a_program_renamed_here_is_named_anew_on_the_next_explode() {
        assertThat(programsOf(ASHA, ashasPurchase)).containsOnly("Default Program");

        renameTheDefaultProgram(here, "Gold Rewards");

        assertThat(programsOf(ASHA, ashasPurchase)).containsOnly("Gold Rewards");
    }

    @Test
    void a_program_renamed_by_another_instance_is_heard() {
        assertThat(programsOf(ASHA, ashasPurchase)).containsOnly("Default Program");

        renameTheDefaultProgram(elsewhere, "Gold Rewards");

        Eventually.within(HEARD_WITHIN, "the other instance's rename is shown",
                () -> programsOf(ASHA, ashasPurchase).equals(List.of("Gold Rewards", "Gold Rewards", "Gold Rewards")));
    }

    @Test
    void each_org_sees_its_own_program_under_an_id_both_use() {
        assertThat(programsOf(ASHA, ashasPurchase)).containsOnly("Default Program");
        assertThat(programsOf(BEN, bensPurchase)).containsExactly("Neighbour Rewards");
        assertThat(programsOf(ASHA, ashasPurchase)).containsOnly("Default Program");
    }

    @Test
    void an_instance_that_is_not_listening_reads_the_names_in_its_one_statement() {
        notices.close();
        assertThat(notices.isListening()).isFalse();

        assertThat(counter.countDuring(() -> assertThat(programsOf(ASHA, ashasPurchase)).containsOnly("Default Program")))
                .isEqualTo(1);
        renameTheDefaultProgram(elsewhere, "Gold Rewards");
        assertThat(programsOf(ASHA, ashasPurchase)).containsOnly("Gold Rewards");
        assertThat(programsOf(BEN, bensPurchase)).containsExactly("Neighbour Rewards");
    }
}

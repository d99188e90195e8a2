package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.domain.testdata.Allocations.promo;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.Allocations.regularIn;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.recording.StoredReferenceData.StoredRow;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.Eventually;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.BillBuilder;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An instance that heard nothing change offers the programs, categories, strategies, promotions and currencies a
 * group names once: after a committed append, groups that name only those rows write their events without the six
 * inserts; a row not known (a new promotion, another org's row of the same id) brings all six back; a refused append
 * teaches nothing; a row an operator deletes is offered again as soon as the delete is heard.
 */
class StoredReferenceDataTest {

    private static final OrgId RETAILER = OrgId.of(140);
    private static final OrgId NEIGHBOUR = OrgId.of(150);
    private static final CustomerId ASHA = CustomerId.of(14001);
    private static final CustomerId BEN = CustomerId.of(15001);
    /** Far below how long a row is known at most (Remembered.KEPT_FOR): a change seen within it was heard. */
    private static final Duration HEARD_WITHIN = Duration.ofSeconds(2);

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();
    private final StatementCounter counter = new StatementCounter();
    private final ChangeNotices notices = ChangeNotices.listeningOn(ledger.owner());
    private final StoredReferenceData stored = new StoredReferenceData(notices);
    private final RecordLedgerPort recorder = new NotifyingRecordLedger(
            new JooqRecordLedger(PostgresDatabase.storeOn(counter.counting(ledger.service())), stored), notices);
    private int bills;

    StoredReferenceDataTest() {
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(RETAILER, "Retailer", ZoneId.of("UTC"), true),
                Org.root(NEIGHBOUR, "Neighbour", ZoneId.of("UTC"), true));
        var subjects = new Subjects(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())));
        subjects.register(Customer.register(ASHA, RETAILER, "Asha", "Rao", List.of()));
        subjects.register(Customer.register(BEN, NEIGHBOUR, "Ben", "Ng", List.of()));
        Eventually.within(HEARD_WITHIN, "the instance listens", notices::isListening);
    }

    @AfterEach
    void stopListening() {
        notices.close();
    }

    /** The statements of an append of one purchase of {@code customer} in {@code org}, its bill awarded these. */
    private String purchase(OrgId org, CustomerId customer, PointsAllocation... awards) {
        return String.join("\n", counter.sentDuring(() -> new EventAppends(recorder).append(purchaseOf(org, customer,
                aBill().number("B-" + ++bills).allocations(awards)))));
    }

    private io.ledgerlens.domain.event.LedgerEvent purchaseOf(OrgId org, CustomerId customer, BillBuilder bill) {
        return LedgerEventBuilder.aTransactionAdd().id(recorder.nextEventLogId().value()).org(org)
                .subject(EventSubject.customer(customer)).uniqueId("stored-" + ++bills).referenceId("R-" + bills)
                .bill(bill).build();
    }

    private long storedRows(String table, OrgId org) throws SQLException {
        try (var connection = ledger.owner().getConnection();
             var statement = connection.prepareStatement("select count(*) from " + table + " where org_id = ?")) {
            statement.setLong(1, org.value());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void a_group_naming_only_what_an_earlier_append_stored_writes_its_events_without_offering_it_again() {
        assertThat(purchase(RETAILER, ASHA, regular("10.0"))).contains("insert into program", "insert into points_category",
                "insert into allocation_strategy", "insert into expiry_strategy", "insert into promotion",
                "insert into alternate_currency");

        var again = purchase(RETAILER, ASHA, regular("4.0"));

        assertThat(again).contains("insert into ledger_event", "insert into points_allocation")
                .doesNotContain("insert into program", "insert into points_category", "insert into allocation_strategy",
                        "insert into expiry_strategy", "insert into promotion", "insert into alternate_currency");
    }

    @Test
    void a_row_not_yet_known_brings_back_every_insert_and_is_stored() throws SQLException {
        purchase(RETAILER, ASHA, regular("10.0"));

        assertThat(purchase(RETAILER, ASHA, regular("2.0"), promo("3.0"))).contains("insert into program", "insert into promotion");
        assertThat(storedRows("promotion", RETAILER)).isEqualTo(1);
        assertThat(purchase(RETAILER, ASHA, promo("1.0"))).doesNotContain("insert into promotion", "insert into program");
    }

    @Test
    void another_orgs_row_of_the_same_id_is_not_taken_for_this_orgs() throws SQLException {
        purchase(RETAILER, ASHA, regular("10.0"));

        assertThat(purchase(NEIGHBOUR, BEN, regular("5.0"))).contains("insert into program");
        assertThat(storedRows("program", NEIGHBOUR)).isEqualTo(1);
        assertThat(storedRows("points_category", NEIGHBOUR)).isEqualTo(1);
    }

    @Test
    void an_append_refused_by_the_database_teaches_nothing() {
        var aNulInItsNote = purchaseOf(RETAILER, ASHA, aBill().number("B-refused").note("nul\u0000inside")
                .allocations(regular("1.0")));
        assertThatThrownBy(() -> new EventAppends(recorder).append(aNulInItsNote)).isInstanceOf(LedgerRefusedException.class);

        assertThat(purchase(RETAILER, ASHA, regular("10.0"))).contains("insert into program");
    }

    @Test
    void a_row_an_operator_deletes_is_offered_again_once_the_delete_is_heard() throws SQLException {
        purchase(RETAILER, ASHA, regular("10.0"));
        var program = Map.of("program", Set.of(new StoredRow(RETAILER.value(), Allocations.DEFAULT_PROGRAM.id())));
        assertThat(stored.lookUp(program).allStored()).isTrue();

        try (var connection = ledger.owner().getConnection(); var statement = connection.createStatement()) {
            statement.execute("delete from program where org_id = " + RETAILER.value());
        }

        Eventually.within(HEARD_WITHIN, "the delete heard", () -> !stored.lookUp(program).allStored());
        assertThat(purchase(RETAILER, ASHA, regular("3.0"))).contains("insert into program");
        assertThat(storedRows("program", RETAILER)).isEqualTo(1);
    }

    @Test
    void awards_in_a_stored_currency_stay_unoffered_though_each_tells_the_readers_here_of_a_currency() {
        // The first offer adds the currency, whose row trigger notifies every instance, this one too: once that is
        // heard, the row is offered once more (and inserts nothing), then known.
        purchase(RETAILER, ASHA, regularIn(Allocations.STARS, "1.0"));
        Eventually.within(HEARD_WITHIN, "a group that offers no reference data",
                () -> !purchase(RETAILER, ASHA, regularIn(Allocations.STARS, "1.0")).contains("insert into alternate_currency"));

        for (int i = 0; i < 3; i++) {
            assertThat(purchase(RETAILER, ASHA, regularIn(Allocations.STARS, "1.0"))).doesNotContain("insert into alternate_currency");
        }
    }

    @Test
    void an_instance_that_hears_no_changes_offers_every_groups_reference_data() {
        var deaf = new JooqRecordLedger(PostgresDatabase.storeOn(counter.counting(ledger.service())), StoredReferenceData.none());
        for (int i = 0; i < 2; i++) {
            var event = purchaseOf(RETAILER, ASHA, aBill().number("B-deaf-" + i).allocations(regular("1.0")));
            assertThat(String.join("\n", counter.sentDuring(() -> new EventAppends(deaf).append(event))))
                    .contains("insert into program");
        }
    }
}

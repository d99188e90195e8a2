package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.REDEMPTION_DETAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.detail.GoodwillDetail;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.BillBuilder;
import io.ledgerlens.domain.testdata.EventDetails;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On one PostgreSQL, a group's kind-specific details are written by one call (V26) that inserts into the tables the
 * group has rows for, and into no other: the thirteen inserts it replaced ran in every group, most of them with no rows.
 */
class EventDetailsCallTest {

    private static final OrgId ORG = OrgId.of(73);
    private static final CustomerId CUSTOMER = CustomerId.of(7301);

    private final StatementCounter counter = new StatementCounter();
    private JooqRecordLedger recorder;
    private DataSource owner;

    @BeforeEach
    void openALedgerWithOneCustomer() {
        var ledger = PostgresDatabase.freshLedger();
        owner = ledger.owner();
        recorder = new JooqRecordLedger(PostgresDatabase.storeOn(counter.counting(ledger.service())));
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(ORG, "Details", ZoneId.of("UTC"), true));
        new Subjects(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())))
                .register(Customer.register(CUSTOMER, ORG, "D", "E", List.of()));
    }

    @Test
    void a_goodwill_award_is_written_by_one_call_into_the_goodwill_table_alone() throws SQLException {
        assumeThat(PostgresDatabase.kind()).as("Citus writes each table with rows itself").isEqualTo(DatabaseKind.POSTGRESQL);
        var award = LedgerEventBuilder.aGoodwillAllocation().id(recorder.nextEventLogId().value()).org(ORG)
                .subject(EventSubject.customer(CUSTOMER)).uniqueId("goodwill-1")
                .detail(new GoodwillDetail("late delivery", "", Optional.of(42L), "REQ-1")).build();

        var trips = counter.sentDuring(() -> new EventAppends(recorder).appendAll(List.of(award)));

        assertThat(trips).as(String.join("\n", trips)).anySatisfy(trip -> assertThat(trip)
                .containsOnlyOnce("select ledger_write_details(").doesNotContain("insert into goodwill_detail"));
        assertThat(rowsOf("goodwill_detail", award.id().value())).isEqualTo(1);
        for (var other : List.of("generic_event_detail", "redemption_detail", "transfer_detail", "import_detail",
                "manual_adjustment_detail", "event_program_points")) {
            assertThat(rowsOf(other, award.id().value())).as(other).isZero();
        }
    }

    @Test
    void a_purchase_without_details_sends_the_same_call_and_writes_no_detail() throws SQLException {
        assumeThat(PostgresDatabase.kind()).isEqualTo(DatabaseKind.POSTGRESQL);
        var purchase = LedgerEventBuilder.aPurchaseOfThreeLines().id(recorder.nextEventLogId().value()).org(ORG)
                .subject(EventSubject.customer(CUSTOMER)).uniqueId("purchase-1").build();

        var trips = counter.sentDuring(() -> new EventAppends(recorder).appendAll(List.of(purchase)));

        assertThat(trips).anySatisfy(trip -> assertThat(trip).containsOnlyOnce("select ledger_write_details("));
        assertThat(rowsOf("goodwill_detail", purchase.id().value())).isZero();
    }

    /**
     * A redemption names programs in its details (points by program), a purchase in its awards. Offered in two
     * inserts, two writers of one org naming two programs in crossed order could each wait for a row the other had
     * inserted; in one, sorted, they take their locks in the same order.
     */
    @Test
    void the_programs_a_group_names_by_its_awards_and_by_its_details_are_offered_in_one_insert() throws SQLException {
        var redemption = LedgerEventBuilder.anEvent(EventName.POINTS_REDEMPTION).id(recorder.nextEventLogId().value())
                .org(ORG).subject(EventSubject.customer(CUSTOMER)).uniqueId("redemption-1")
                .detail(EventDetails.redemption()).build();
        var partnerPurchase = LedgerEventBuilder.aTransactionAdd().id(recorder.nextEventLogId().value()).org(ORG)
                .subject(EventSubject.customer(CUSTOMER)).uniqueId("partner-purchase-1")
                .bill(BillBuilder.aBill().number("P-1").allocations(PointsAllocation.regular(Allocations.points("2.0"),
                        Allocations.PARTNER_RULE, Allocations.points("20"), Allocations.AWARDED_ON, Allocations.EXPIRES_ON)))
                .build();

        var trips = counter.sentDuring(() -> new EventAppends(recorder).appendAll(List.of(redemption, partnerPurchase)));

        assertThat(String.join("\n", trips)).containsOnlyOnce("insert into program ");
        try (var connection = owner.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select program_id from program where org_id = " + ORG.value() + " order by 1")) {
            var programs = new ArrayList<Long>();
            while (rows.next()) {
                programs.add(rows.getLong(1));
            }
            assertThat(programs).containsExactly(Allocations.DEFAULT_PROGRAM.id(), Allocations.PARTNER_PROGRAM.id());
        }
    }

    /**
     * A table without rows is sent as an empty array, not null: the driver binds a null without a type, and a call
     * bound with other types is another statement to PostgreSQL, so each pattern of kinds was prepared anew.
     */
    @Test
    void each_table_travels_as_a_json_array_of_its_rows_and_an_empty_one_as_an_empty_array() {
        var redemptions = new RowBatch(REDEMPTION_DETAIL, REDEMPTION_DETAIL.ORG_ID, REDEMPTION_DETAIL.EVENT_LOG_ID,
                REDEMPTION_DETAIL.POINTS_REDEEMED, REDEMPTION_DETAIL.BILLING_TIME, REDEMPTION_DETAIL.NOTES);
        assertThat(redemptions.jsonRows()).isEqualTo("[]");

        redemptions.add(73L, 10L, new BigDecimal("12.50"), Instant.parse("2024-02-18T15:08:02.123456Z"), null);
        assertThat(redemptions.jsonRows()).isEqualTo("[{\"org_id\":73,\"event_log_id\":10,\"points_redeemed\":\"12.50\","
                + "\"billing_time\":1708268882123456,\"notes\":null}]");
    }

    /** Instants travel as epoch microseconds, as every batch sends them, and are stored to the microsecond. */
    @ParameterizedTest(name = "{0} microseconds from 1970")
    @ValueSource(longs = {0L, 1L, -1L, -1_000_001L, 1_708_268_882_123_456L, -62_135_596_800_000_000L, 253_402_300_799_999_999L})
    void an_instant_is_made_a_timestamp_to_the_microsecond(long micros) throws SQLException {
        try (var connection = owner.getConnection();
             var statement = connection.prepareStatement("select ledger_instant(?)")) {
            statement.setLong(1, micros);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getObject(1, OffsetDateTime.class).toInstant())
                        .isEqualTo(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
            }
        }
    }

    private long rowsOf(String table, long event) throws SQLException {
        try (var connection = owner.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from " + table + " where event_log_id = " + event)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

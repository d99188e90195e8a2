package io.ledgerlens.adapter.persistence.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.contract.JooqLedger;
import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recorded events and what they earned cannot be changed or removed, not even
 * by SQL typed into a console: the database refuses it. Reference data and
 * profiles stay editable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppendOnlyLedgerTest {

    private PostgresDatabase.Ledger ledger;
    /** The owner's connections: what an operator's console has, beyond the service's privileges. */
    private DataSource console;

    @BeforeAll
    void recordTheWorld() {
        ledger = PostgresDatabase.freshLedger();
        console = ledger.owner();
        LedgerWorld.recordedThrough(JooqLedger.over(ledger));
    }

    private int execute(String sql) throws SQLException {
        try (var connection = console.getConnection(); var statement = connection.createStatement()) {
            return statement.execute(sql) ? countRows(statement.getResultSet()) : statement.getUpdateCount();
        }
    }

    private static int countRows(java.sql.ResultSet rows) throws SQLException {
        int count = 0;
        while (rows.next()) {
            count++;
        }
        return count;
    }

    static Stream<String> changesToHistory() {
        return Stream.of(
                "update ledger_event set event_reference_id = 'rewritten'",
                "delete from ledger_event",
                "update points_allocation set value = value * 10",
                "delete from points_allocation",
                "update bill set bill_amount = 0",
                "delete from line_item",
                "update redemption_detail set points_redeemed = 0",
                "delete from custom_field",
                "truncate points_allocation",
                "update event_sections set sections = '[]'",
                "delete from event_sections",
                "truncate event_sections",
                "truncate ledger_event cascade");
    }

    /**
     * How the database words the refusal: V11's check on one PostgreSQL; on Citus the composite foreign key that
     * V23_1 put in its place (a shard cannot run a trigger that reads another table).
     */
    private static String refusal(String checkSays) {
        return PostgresDatabase.kind() == DatabaseKind.CITUS ? "violates foreign key constraint" : checkSays;
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("changesToHistory")
    void history_cannot_be_rewritten_or_erased(String sql) {
        assertThatThrownBy(() -> execute(sql))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("the ledger is append-only");
    }

    /** An event of the parent org (100) that has a bill, a line at position 0, and a custom field. */
    private long anEventWithABill() throws SQLException {
        try (var connection = console.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select l.event_log_id from line_item l where l.org_id = 100 and l.position = 0 limit 1")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Stream<String> partsWithoutTheirEvent() {
        return Stream.of(
                "insert into custom_field (org_id, event_log_id, position, name, value) values (100, 999999999, 0, 'orphan', 'x')",
                "insert into payment_mode (org_id, event_log_id, position, mode, amount) values (100, 999999999, 0, 'CASH', 1)",
                "insert into extended_field (org_id, event_log_id, position, name, value) values (100, 999999999, 0, 'orphan', 'x')",
                "insert into event_sections (org_id, event_log_id, sections) values (100, 999999999, '[]')",
                "insert into event_tier (org_id, event_log_id, position, program_id, slab_number, slab_name, is_default_program)"
                        + " values (100, 999999999, 0, 2649, 1, 'BASE', true)",
                "insert into bill (org_id, event_log_id, bill_number, gross_amount, discount, bill_amount, source, bill_date)"
                        + " values (100, 999999999, 'B-ORPHAN', 1, 0, 1, 'INSTORE', now())",
                "insert into line_item (org_id, event_log_id, position, line_item_id, item_code, gross_amount, discount, amount,"
                        + " rate, qty) values (100, 999999999, 0, 1, 'sku', 1, 0, 1, 1, 1)",
                "insert into points_allocation (org_id, event_log_id, placement, position, kind, value, source_value,"
                        + " program_id, points_category_id, allocation_strategy_id, expiry_strategy_id, awarded_on, expires_on)"
                        + " values (100, 999999999, 'EVENT', 0, 'REGULAR', 1, 1, 2649, 18871, 111526, 109281, now(), now())");
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("partsWithoutTheirEvent")
    void a_part_of_no_event_is_refused_by_the_database(String sql) {
        assertThatThrownBy(() -> execute(sql)).isInstanceOf(SQLException.class).hasMessageContaining(refusal("names no"));
    }

    @Test
    void a_part_claiming_another_org_than_its_events_is_refused_by_the_database() throws SQLException {
        var event = anEventWithABill();
        assertThatThrownBy(() -> execute("insert into custom_field (org_id, event_log_id, position, name, value)"
                + " values (200, " + event + ", 99, 'moved', 'x')"))
                .isInstanceOf(SQLException.class).hasMessageContaining(refusal("names no event of its org"));
        assertThatThrownBy(() -> execute("insert into line_item (org_id, event_log_id, position, line_item_id, item_code,"
                + " gross_amount, discount, amount, rate, qty) values (200, " + event + ", 99, 99, 'sku', 1, 0, 1, 1, 1)"))
                .isInstanceOf(SQLException.class).hasMessageContaining(refusal("names no bill of its org"));
        assertThatThrownBy(() -> execute("insert into points_allocation (org_id, event_log_id, line_position, placement,"
                + " position, kind, value, source_value, program_id, points_category_id, allocation_strategy_id,"
                + " expiry_strategy_id, awarded_on, expires_on) values (100, " + event + ", 77, 'LINE', 99, 'REGULAR', 1, 1,"
                + " 2649, 18871, 111526, 109281, now(), now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining(refusal("names no line item of its event"));
    }

    @Test
    void a_refused_change_leaves_every_event_as_it_was() throws SQLException {
        try (var connection = console.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*), sum(value) from points_allocation")) {
            rows.next();
            var count = rows.getLong(1);
            var total = rows.getBigDecimal(2);
            assertThatThrownBy(() -> execute("update points_allocation set value = 0")).isInstanceOf(SQLException.class);
            try (var after = statement.executeQuery("select count(*), sum(value) from points_allocation")) {
                after.next();
                assertThat(after.getLong(1)).isEqualTo(count).isPositive();
                assertThat(after.getBigDecimal(2)).isEqualByComparingTo(total);
            }
        }
    }

    @Test
    void new_events_can_still_be_appended_and_profiles_edited() throws SQLException {
        var recorder = new JooqRecordLedger(PostgresDatabase.storeOn(ledger.service()));
        var id = recorder.nextEventLogId();
        new io.ledgerlens.application.service.EventAppends(recorder).append(LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(LedgerWorld.PARENT)
                .subject(EventSubject.customer(LedgerWorld.ASHA)).uniqueId("after-the-triggers").build());
        assertThat(execute("select 1 from ledger_event where event_log_id = " + id.value())).isEqualTo(1);
        assertThat(execute("update org set name = 'Renamed' where org_id = 100")).isEqualTo(1);
        assertThat(execute("update customer set first_name = 'A.' where customer_id = 5001")).isEqualTo(1);
        assertThat(execute("update program set name = 'Renamed program' where org_id = 100 and program_id = 2649"))
                .isEqualTo(1);
    }
}

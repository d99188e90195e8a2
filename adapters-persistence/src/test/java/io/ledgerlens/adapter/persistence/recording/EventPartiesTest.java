package io.ledgerlens.adapter.persistence.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ledgerlens.adapter.persistence.contract.JooqLedger;
import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerWorld;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An event names its org and its customer or user group, and the database holds both ends of that: no event names
 * a party that is not there, and no party named by an event goes away, even by SQL typed into a console. V25 checks
 * it once per statement where foreign keys checked it row by row; on Citus the foreign keys stay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPartiesTest {

    /** A customer of the parent org that no event of the world names. */
    private static final long NAMELESS = 5_901;

    private DataSource console;

    @BeforeAll
    void recordTheWorld() {
        var ledger = PostgresDatabase.freshLedger();
        console = ledger.owner();
        LedgerWorld.recordedThrough(JooqLedger.over(ledger));
    }

    private int execute(String sql) throws SQLException {
        try (var connection = console.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
            return statement.getUpdateCount();
        }
    }

    /** V25's checks run on one PostgreSQL; Citus keeps the foreign keys, which word and lock otherwise. */
    private static void assumeV25() {
        assumeTrue(PostgresDatabase.kind() == DatabaseKind.POSTGRESQL, "V25's checks; Citus keeps the foreign keys");
    }

    /** A new customer of the parent org, as the owner's console adds one: no event names it. */
    private long aCustomerNoEventNames(long id) throws SQLException {
        execute("insert into customer (org_id, customer_id) values (100, " + id + ")");
        return id;
    }

    /** How the database words the refusal: V25's check on one PostgreSQL, a foreign key on Citus. */
    private static String refusal(String checkSays) {
        return PostgresDatabase.kind() == DatabaseKind.CITUS ? "violates foreign key constraint" : checkSays;
    }

    /** The insert of a goodwill event of {@code org} for the customer or user group {@code subject} names. */
    private static String anEventOf(long org, String subjectColumn, long subject) {
        return "insert into ledger_event (org_id, event_name, " + subjectColumn + ", event_reference_id, unique_id, event_time)"
                + " values (" + org + ", 'AllocateGoodwillPoints', " + subject + ", 'R-1', 'parties-" + System.nanoTime()
                + "', now())";
    }

    private static String anEventOf(long org, long customer) {
        return anEventOf(org, "customer_id", customer);
    }

    static Stream<String[]> eventsNamingNoParty() {
        return Stream.of(
                new String[] {anEventOf(100, 999999), "names no customer of its org"},
                new String[] {anEventOf(200, LedgerWorld.ASHA.value()), "names no customer of its org"},
                new String[] {anEventOf(100, "user_group_id", 999999), "names no user group of its org"},
                new String[] {anEventOf(999, LedgerWorld.ASHA.value()), "names no org"});
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("eventsNamingNoParty")
    void an_event_naming_a_party_its_org_does_not_have_is_refused_by_the_database(String sql, String says) {
        assertThatThrownBy(() -> execute(sql)).isInstanceOf(SQLException.class).hasMessageContaining(refusal(says));
    }

    @Test
    void an_event_naming_its_orgs_own_customer_is_recorded() throws SQLException {
        assertThat(execute(anEventOf(100, LedgerWorld.ASHA.value()))).isEqualTo(1);
        assertThat(execute(anEventOf(100, "user_group_id", LedgerWorld.HOUSEHOLD.value()))).isEqualTo(1);
    }

    static Stream<String[]> removalsOfNamedParties() {
        return Stream.of(
                new String[] {"delete from customer where customer_id = " + LedgerWorld.ASHA.value(),
                        refusal("customer 5001 of org 100 is named by events of the ledger")},
                new String[] {"update customer set customer_id = 5999 where customer_id = " + LedgerWorld.ASHA.value(),
                        refusal("customer 5001 of org 100 is named by events of the ledger")},
                new String[] {"delete from user_group where user_group_id = " + LedgerWorld.HOUSEHOLD.value(),
                        refusal("user group 7001 of org 100 is named by events of the ledger")},
                new String[] {"update user_group set user_group_id = 7999 where user_group_id = " + LedgerWorld.HOUSEHOLD.value(),
                        refusal("user group 7001 of org 100 is named by events of the ledger")},
                new String[] {"delete from org where org_id = 100", refusal("org 100 is named by events of the ledger")},
                new String[] {"update org set org_id = 199 where org_id = 100", refusal("org 100 is named by events of the ledger")},
                // On Citus the truncate cascades to the events, whose own guard (V2) refuses it.
                new String[] {"truncate customer cascade", PostgresDatabase.kind() == DatabaseKind.CITUS
                        ? "the ledger is append-only" : "truncating customer is refused: the ledger's events name its rows"});
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("removalsOfNamedParties")
    void a_party_named_by_events_cannot_be_removed(String sql, String says) throws SQLException {
        assertThatThrownBy(() -> execute(sql)).isInstanceOf(SQLException.class).hasMessageContaining(says);
        assertThat(execute("update customer set first_name = first_name where customer_id = " + LedgerWorld.ASHA.value()))
                .as("Asha is still there").isEqualTo(1);
    }

    @Test
    void a_profile_no_event_names_can_still_be_renamed_and_removed() throws SQLException {
        aCustomerNoEventNames(NAMELESS);
        assertThat(execute("update customer set first_name = 'Nameless' where customer_id = " + NAMELESS)).isEqualTo(1);
        assertThat(execute("update customer set first_name = 'Asha' where customer_id = " + LedgerWorld.ASHA.value()))
                .isEqualTo(1);
        assertThat(execute("delete from customer where customer_id = " + NAMELESS)).isEqualTo(1);
    }

    /**
     * A role the operator lets delete profiles, fenced to its org and with no right to lock the ledger, is held to the
     * same rule: the check runs as the schema's owner, as a foreign key's does.
     */
    @Test
    void a_role_allowed_to_delete_profiles_removes_only_those_no_event_names() throws SQLException {
        assumeV25();
        long spare = aCustomerNoEventNames(NAMELESS + 2);
        try (var connection = console.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("grant delete on customer to ledgerlens_app"); // undone by the rollback below
            statement.execute("set local role ledgerlens_app");
            statement.execute("select set_config('ledgerlens.orgs', '{100}', true)");
            assertThat(statement.executeUpdate("delete from customer where customer_id = " + spare)).isEqualTo(1);
            assertThatThrownBy(() -> statement.executeUpdate("delete from customer where customer_id = "
                    + LedgerWorld.ASHA.value())).isInstanceOf(SQLException.class)
                    .hasMessageContaining("customer 5001 of org 100 is named by events of the ledger");
            connection.rollback();
        }
    }

    /**
     * What a foreign key's row lock did: a delete of a customer whose first event is being appended waits for that
     * append, and once it commits, is refused.
     */
    @Test
    void a_delete_racing_the_first_event_of_its_customer_waits_for_it_and_is_refused() throws Exception {
        assumeV25();
        long racer = aCustomerNoEventNames(NAMELESS + 1);
        try (var appending = console.getConnection(); var append = appending.createStatement()) {
            appending.setAutoCommit(false);
            append.execute(anEventOf(100, racer));
            var delete = CompletableFuture.supplyAsync(() -> {
                try {
                    return execute("delete from customer where customer_id = " + racer);
                } catch (SQLException refused) {
                    return refused.getMessage();
                }
            });
            assertThatThrownBy(() -> delete.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            appending.commit();
            assertThat(delete.get(30, TimeUnit.SECONDS)).asString()
                    .contains("customer " + racer + " of org 100 is named by events of the ledger");
        }
    }
}

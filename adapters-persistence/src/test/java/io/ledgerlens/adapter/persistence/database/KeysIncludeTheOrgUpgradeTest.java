package io.ledgerlens.adapter.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A ledger of the release before V23 keeps its customers and groups when their keys come to include the org: each
 * id is entered in its registry under the org that held it, and stays taken for every other org.
 */
class KeysIncludeTheOrgUpgradeTest {

    @Test
    void customers_and_groups_of_an_earlier_release_keep_their_orgs_and_their_ids_stay_taken() throws SQLException {
        var ledger = PostgresDatabase.freshLedgerMigratedTo("22");
        var owner = ledger.owner();
        execute(owner, "insert into org (org_id, name) values (501, 'Brand'), (502, 'Other brand')");
        execute(owner, "insert into customer (customer_id, org_id) values (5001, 501), (5002, 502)");
        execute(owner, "insert into user_group (user_group_id, org_id, external_id, name) values (7001, 502, 'H-1', 'House')");
        execute(owner, "insert into user_group_member (org_id, user_group_id, customer_id, is_primary) values (502, 7001, 5002, true)");

        LedgerSchema.migrate(owner);

        assertThat(value(owner, "select ledger_customer_org(5001)")).isEqualTo(501L);
        assertThat(value(owner, "select ledger_customer_org(5002)")).isEqualTo(502L);
        assertThat(value(owner, "select ledger_user_group_org(7001)")).isEqualTo(502L);
        assertThat(value(owner, "select count(*) from user_group_member where org_id = 502 and user_group_id = 7001"))
                .as("the member kept").isEqualTo(1L);
        assertThatThrownBy(() -> execute(owner, "insert into customer_id_registry (customer_id, org_id) values (5001, 502)"))
                .as("another org cannot claim a customer id held before the upgrade")
                .hasMessageContaining("customer_id_registry_pkey");
        assertThatThrownBy(() -> execute(owner, "insert into user_group_member (org_id, user_group_id, customer_id, is_primary)"
                + " values (502, 7001, 5001, false)"))
                .as("a member names a customer of the group's own org, the org now in the key")
                .hasMessageContaining("user_group_member_org_id_customer_id_fkey");
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (var connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Object value(DataSource database, String sql) throws SQLException {
        try (var connection = database.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getObject(1);
        }
    }
}

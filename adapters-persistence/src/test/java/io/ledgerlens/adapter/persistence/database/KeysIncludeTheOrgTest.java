package io.ledgerlens.adapter.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every key of an org's rows includes its org (migration V23), as a table distributed by org_id must have them on
 * Citus (issue 17): a shard can only check uniqueness among its own rows. Ids unique across orgs are held by
 * registries of their own, which are keyed by the id alone on purpose.
 */
class KeysIncludeTheOrgTest {

    /**
     * Not an org's rows, so not distributed by org: the registries of ids unique across orgs (keyed by the id, as
     * they are distributed by it), the credentials (a reference table, whole on every node, since a sign-in names
     * no org before it is checked) and the operator's audit log (on the coordinator: a failed sign-in has no org).
     */
    private static final List<String> NOT_AN_ORGS_ROWS = List.of("customer_id_registry", "user_group_id_registry",
            "credential", "audit_record");

    private final DataSource database = PostgresDatabase.freshDatabase();

    @Test
    void every_primary_key_and_unique_of_a_table_with_an_org_includes_org_id() throws SQLException {
        var keys = rows("""
                select c.relname || ': ' || pg_get_indexdef(i.indexrelid)
                  from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and i.indisunique
                   and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
                   and c.relname <> 'org'
                   and not exists (select from pg_attribute a
                                    where a.attrelid = c.oid and a.attnum = any(i.indkey) and a.attname = 'org_id')
                """);
        assertThat(keys).as("unique indexes of org tables without org_id")
                .isNotEmpty()
                .allSatisfy(key -> assertThat(key.substring(0, key.indexOf(':'))).isIn(NOT_AN_ORGS_ROWS));
    }

    @Test
    void every_foreign_key_between_tables_with_an_org_names_the_org() throws SQLException {
        var keys = rows("""
                select f.conrelid::regclass || ' -> ' || f.confrelid::regclass || ': ' || pg_get_constraintdef(f.oid)
                  from pg_constraint f join pg_namespace n on n.oid = f.connamespace
                 where n.nspname = current_schema() and f.contype = 'f'
                   and exists (select from pg_attribute a where a.attrelid = f.confrelid and a.attname = 'org_id')
                   and f.confrelid <> 'org'::regclass
                   and not exists (select from pg_attribute a
                                    where a.attrelid = f.conrelid and a.attnum = any(f.conkey) and a.attname = 'org_id')
                """);
        assertThat(keys).as("foreign keys to an org's rows that leave the org out").isEmpty();
    }

    @Test
    void an_event_is_found_by_its_id_and_a_bill_customer_or_group_by_one_index_of_its_key_not_two() throws SQLException {
        // Each had a primary key on its id and a unique on (org_id, id) besides; the event keeps an index of its id,
        // which explode looks events up by (a key led by the org turned the plan to the customer's events).
        assertThat(rows("""
                select regexp_replace(pg_get_indexdef(indexrelid), ' ON \\S+ USING', ' ON')
                  from pg_index where indrelid in ('ledger_event'::regclass, 'bill'::regclass, 'customer'::regclass,
                                                   'user_group'::regclass) and (indisunique or indkey[0] = (
                       select attnum from pg_attribute where attrelid = indrelid and attname = 'event_log_id'))
                """)).containsExactlyInAnyOrder(
                "CREATE UNIQUE INDEX ledger_event_pkey ON btree (org_id, event_log_id)",
                "CREATE INDEX ledger_event_event_log_id_idx ON btree (event_log_id)",
                "CREATE UNIQUE INDEX ledger_event_org_id_unique_id_key ON btree (org_id, unique_id)",
                "CREATE UNIQUE INDEX bill_pkey ON btree (event_log_id, org_id)",
                "CREATE UNIQUE INDEX customer_pkey ON btree (customer_id, org_id)",
                "CREATE UNIQUE INDEX user_group_pkey ON btree (user_group_id, org_id)",
                "CREATE UNIQUE INDEX user_group_org_id_external_id_key ON btree (org_id, external_id)");
    }

    private List<String> rows(String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (var connection = database.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}

package io.ledgerlens.adapter.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every key of an org's rows leads with its org (migration V23), as a table distributed by org_id must have them on
 * Citus (issue 17): a shard can only check uniqueness among its own rows. Ids unique across orgs are held by
 * registries of their own, which are keyed by the id alone on purpose.
 */
class KeysLeadWithTheOrgTest {

    /**
     * Not an org's rows, so not distributed by org: the registries of ids unique across orgs (keyed by the id, as
     * they are distributed by it), the credentials (a reference table, whole on every node, since a sign-in names
     * no org before it is checked) and the operator's audit log (on the coordinator: a failed sign-in has no org).
     */
    private static final List<String> NOT_AN_ORGS_ROWS = List.of("customer_id_registry", "user_group_id_registry",
            "credential", "audit_record");

    private final DataSource database = PostgresDatabase.freshDatabase();

    @Test
    void every_primary_key_and_unique_of_a_table_with_an_org_leads_with_org_id() throws SQLException {
        var keys = rows("""
                select c.relname || ': ' || pg_get_indexdef(i.indexrelid)
                  from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and i.indisunique
                   and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
                   and c.relname <> 'org'
                   and (select attname from pg_attribute where attrelid = c.oid and attnum = i.indkey[0]) <> 'org_id'
                """);
        assertThat(keys).as("unique indexes of org tables that do not lead with org_id")
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
    void the_ledgers_large_tables_each_have_one_index_of_their_key_not_two() throws SQLException {
        // ledger_event and bill had a primary key on event_log_id and a unique on (org_id, event_log_id) besides.
        assertThat(rows("""
                select pg_get_indexdef(indexrelid) from pg_index
                 where indrelid in ('ledger_event'::regclass, 'bill'::regclass) and indisunique
                """)).containsExactlyInAnyOrder(
                "CREATE UNIQUE INDEX ledger_event_pkey ON public.ledger_event USING btree (org_id, event_log_id)",
                "CREATE UNIQUE INDEX ledger_event_org_id_unique_id_key ON public.ledger_event USING btree (org_id, unique_id)",
                "CREATE UNIQUE INDEX bill_pkey ON public.bill USING btree (org_id, event_log_id)");
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

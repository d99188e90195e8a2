package io.ledgerlens.adapter.persistence.database;

import static io.ledgerlens.adapter.persistence.database.TwoTenants.CHILD;
import static io.ledgerlens.adapter.persistence.database.TwoTenants.PARENT;
import static io.ledgerlens.adapter.persistence.database.TwoTenants.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.domain.org.OrgId;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second layer of tenant isolation: whatever SQL the service's role runs
 * through the store, PostgreSQL shows and accepts the rows of the fenced orgs
 * only. Every query here deliberately forgets its org filter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTest {

    private PostgresDatabase.Ledger ledger;
    private LedgerStore store;
    /** What the owner (who bypasses the fences) counts per table and org. */
    private Map<String, Map<Long, Long>> ownerCounts;

    @BeforeAll
    void recordTwoTenants() throws SQLException {
        ledger = TwoTenants.recorded();
        store = PostgresDatabase.storeOn(ledger.service());
        ownerCounts = new java.util.TreeMap<>();
        for (var table : orgScopedTables()) {
            ownerCounts.put(table, countsByOrg(table));
        }
    }

    /**
     * Every table with an org_id column that the service's role may read, from the catalog so that a new table is
     * checked too. (The audit log has an org_id, but the service may only append to it: it reads no row of it at all.)
     */
    List<String> orgScopedTables() throws SQLException {
        var tables = new ArrayList<String>();
        try (var connection = ledger.owner().getConnection();
             var rows = connection.createStatement().executeQuery("select table_name from information_schema.columns"
                     + " where column_name = 'org_id' and table_schema = current_schema()"
                     + " and has_table_privilege('ledgerlens_app', quote_ident(table_schema) || '.' || quote_ident(table_name), 'SELECT') order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private Map<Long, Long> countsByOrg(String table) throws SQLException {
        var counts = new java.util.TreeMap<Long, Long>();
        try (var connection = ledger.owner().getConnection();
             var rows = connection.createStatement().executeQuery("select org_id, count(*) from " + table + " group by org_id")) {
            while (rows.next()) {
                counts.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private Map<Long, Long> fencedCounts(TenantFence fence, String table) {
        return store.read(fence, dsl -> dsl.fetch("select org_id from " + table)).stream()
                .collect(Collectors.groupingBy(r -> r.get(0, Long.class), java.util.TreeMap::new, Collectors.counting()));
    }

    @Test
    void every_table_that_carries_an_org_id_has_row_level_security() throws SQLException {
        try (var connection = ledger.owner().getConnection();
             var rows = connection.createStatement().executeQuery("select c.relname from pg_class c"
                     + " join information_schema.columns col on col.table_name = c.relname and col.column_name = 'org_id'"
                     + " and col.table_schema = current_schema()"
                     + " where c.relnamespace = current_schema()::regnamespace and not c.relrowsecurity"
                     + " and has_table_privilege('ledgerlens_app', c.oid, 'SELECT')")) {
            var unfenced = new ArrayList<String>();
            while (rows.next()) {
                unfenced.add(rows.getString(1));
            }
            assertThat(unfenced).as("tables with an org_id the service may read, without row-level security").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orgScopedTables")
    void an_unfiltered_select_fenced_to_one_org_finds_that_orgs_rows_and_no_other(String table) {
        var everyOrg = ownerCounts.get(table);
        assertThat(everyOrg).as("the fixture has rows of both tenants in %s", table).containsKeys(PARENT.value(), CHILD.value());

        assertThat(fencedCounts(TenantFence.of(CHILD), table)).isEqualTo(Map.of(CHILD.value(), everyOrg.get(CHILD.value())));
        assertThat(fencedCounts(TenantFence.of(List.of(PARENT, CHILD)), table))
                .isEqualTo(Map.of(PARENT.value(), everyOrg.get(PARENT.value()), CHILD.value(), everyOrg.get(CHILD.value())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orgScopedTables")
    void with_no_org_set_nothing_is_visible(String table) throws SQLException {
        assertThat(fencedCounts(TenantFence.none(), table)).isEmpty();
        try (var connection = ledger.service().getConnection();
             var rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            assertThat(rows.getLong(1)).as("a connection of the service's pool that nobody fenced").isZero();
        }
    }

    @Test
    void a_fence_on_an_org_reads_its_own_and_its_childrens_org_rows_but_not_its_parents_or_a_strangers() {
        assertThat(fencedCounts(TenantFence.of(PARENT), "org")).containsOnlyKeys(PARENT.value(), CHILD.value());
        assertThat(fencedCounts(TenantFence.of(CHILD), "org")).containsOnlyKeys(CHILD.value());
        assertThat(fencedCounts(TenantFence.of(STRANGER), "org")).containsOnlyKeys(STRANGER.value());
    }

    @Test
    void the_single_round_trip_read_is_fenced_too() {
        var orgs = store.fetch(TenantFence.of(CHILD), DSL.select(DSL.field("org_id", Long.class)).from("customer"),
                r -> r.value1());
        assertThat(orgs).containsOnly(CHILD.value()).isNotEmpty();
    }

    @Test
    void a_fence_ends_with_its_transaction_so_the_next_user_of_the_connection_sees_nothing() throws SQLException {
        var fencedPid = store.read(TenantFence.of(PARENT), dsl -> dsl.fetchValue("select pg_backend_pid()", Integer.class));
        var fetchedPid = store.fetch(TenantFence.of(PARENT), DSL.select(DSL.field("pg_backend_pid()", Integer.class)),
                r -> r.value1()).get(0);
        try (var connection = ledger.service().getConnection();
             var rows = connection.createStatement().executeQuery("select pg_backend_pid(),"
                     + " current_setting('ledgerlens.orgs', true), (select count(*) from ledger_event)")) {
            rows.next();
            assertThat(List.of(fencedPid, fetchedPid)).as("the pool hands this thread its last connection back")
                    .containsOnly(rows.getInt(1));
            assertThat(rows.getString(2)).isEmpty();
            assertThat(rows.getLong(3)).isZero();
        }
    }

    static List<String> writesIntoTheChild() {
        return List.of(
                "insert into customer (customer_id, org_id) values (42001, " + CHILD.value() + ")",
                "insert into program (org_id, program_id, name) values (" + CHILD.value() + ", 99, 'Sneaked in')",
                "insert into ledger_event (org_id, event_name, customer_id, event_reference_id, unique_id, event_time)"
                        + " values (" + CHILD.value() + ", 'GenericEvent', " + (CHILD.value() * 100 + 1) + ", 'r', 'sneaked', now())",
                "update customer set first_name = 'Renamed'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writesIntoTheChild")
    void a_write_outside_the_fence_is_refused_or_touches_nothing(String sql) throws SQLException {
        var before = countsByOrg("customer");
        var firstNames = ownerNames();
        try {
            var written = store.write(TenantFence.of(PARENT), dsl -> dsl.execute(sql));
            // An update sees the fenced org's rows only: it may touch the parent's customer, never the child's.
            assertThat(sql).startsWith("update");
            assertThat(written).isEqualTo(before.get(PARENT.value()).intValue());
        } catch (LedgerUnavailableException refused) {
            assertThat(refused.getCause()).hasMessageContaining("row-level security");
        }
        assertThat(countsByOrg("customer")).isEqualTo(before);
        assertThat(ownerNames().get(CHILD.value() * 100 + 1)).isEqualTo(firstNames.get(CHILD.value() * 100 + 1));
        assertThat(countsByOrg("ledger_event").get(CHILD.value())).isEqualTo(ownerCounts.get("ledger_event").get(CHILD.value()));
        assertThat(countsByOrg("program").get(CHILD.value())).isEqualTo(ownerCounts.get("program").get(CHILD.value()));
        assertThat(countsByOrg("org")).isEqualTo(ownerCounts.get("org"));
    }

    private Map<Long, String> ownerNames() throws SQLException {
        var names = new java.util.HashMap<Long, String>();
        try (var connection = ledger.owner().getConnection();
             var rows = connection.createStatement().executeQuery("select customer_id, first_name from customer")) {
            while (rows.next()) {
                names.put(rows.getLong(1), rows.getString(2));
            }
        }
        return names;
    }

    static List<String> changesToHistory() {
        return List.of("update ledger_event set unique_id = 'rewritten'", "delete from ledger_event",
                "update points_allocation set value = 0", "delete from points_allocation", "delete from bill",
                "truncate ledger_event cascade");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesToHistory")
    void the_services_role_may_not_update_delete_or_truncate_the_ledger_even_in_its_own_org(String sql) {
        assertThatThrownBy(() -> store.write(TenantFence.of(List.of(PARENT, CHILD)), dsl -> dsl.execute(sql)))
                .isInstanceOf(LedgerUnavailableException.class)
                .cause().hasMessageContaining("permission denied");
    }

    /** Each change of the org tree, with the fence that would let it through if only row-level security stood in the way. */
    static List<Arguments> changesToTheOrgTree() {
        return List.of(
                Arguments.of(STRANGER, "insert into org (org_id, name) values (431, 'A new root')"),
                Arguments.of(STRANGER, "insert into org (org_id, name, parent_org_id) values (432, 'A claimed child', " + STRANGER.value() + ")"),
                Arguments.of(STRANGER, "update org set parent_org_id = " + PARENT.value() + " where org_id = " + STRANGER.value()),
                Arguments.of(CHILD, "update org set parent_org_id = null where org_id = " + CHILD.value()),
                Arguments.of(PARENT, "update org set org_id = 433 where org_id = " + PARENT.value()),
                Arguments.of(PARENT, "delete from org where org_id = " + CHILD.value()),
                Arguments.of(PARENT, "truncate org cascade"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("changesToTheOrgTree")
    void the_services_role_may_not_change_the_org_tree_even_in_its_own_fence(OrgId fence, String sql) throws SQLException {
        var before = ownerOrgTree();
        assertThatThrownBy(() -> store.write(TenantFence.of(fence), dsl -> dsl.execute(sql)))
                .isInstanceOf(LedgerUnavailableException.class)
                .cause().hasMessageContaining("permission denied");
        assertThat(ownerOrgTree()).isEqualTo(before);
    }

    @Test
    void the_services_role_changes_its_own_orgs_name_and_settings_and_no_other_orgs() throws SQLException {
        var before = ownerOrgTree();
        var changed = store.write(TenantFence.of(PARENT), dsl -> dsl.execute(
                "update org set name = 'Renamed', time_zone = 'Asia/Tokyo', source_value_capturing = false"));
        assertThat(changed).as("the fence shows the child's org row, but lets the parent update its own only").isEqualTo(1);
        assertThat(ownerOrgTree()).isEqualTo(before);
        try (var connection = ledger.owner().getConnection();
             var rows = connection.createStatement().executeQuery("select name from org where org_id = " + CHILD.value())) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("Child");
        }
    }

    /** Each org and its parent (0 for none), as the owner sees them. */
    private Map<Long, Long> ownerOrgTree() throws SQLException {
        var tree = new java.util.HashMap<Long, Long>();
        try (var connection = ledger.owner().getConnection();
             var rows = connection.createStatement().executeQuery("select org_id, coalesce(parent_org_id, 0) from org")) {
            while (rows.next()) {
                tree.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return tree;
    }

    @Test
    void the_services_role_refreshes_the_ledgers_statistics_through_the_owners_function() throws SQLException {
        store.write(TenantFence.none(), dsl -> dsl.execute("select ledger_analyze()"));
        // The profiles too: recording looks up each batch's customers, and autovacuum may be off (V9).
        for (var table : List.of("ledger_event", "points_allocation", "customer", "user_group_member")) {
            // On Citus the statistics that plan a statement are the shards', on the workers: their sum is the table's.
            var estimate = PostgresDatabase.kind() == DatabaseKind.CITUS
                    ? "(select sum(result::real) from run_command_on_shards('" + table
                            + "', $$select reltuples from pg_class where oid = '%s'::regclass$$))"
                    : "(select c.reltuples from pg_class c where c.oid = '" + table + "'::regclass)";
            try (var connection = ledger.owner().getConnection();
                 var rows = connection.createStatement().executeQuery("select " + estimate + ", (select count(*) from "
                         + table + ")")) {
                rows.next();
                assertThat(rows.getLong(1)).as(table).isEqualTo(rows.getLong(2)).isPositive();
            }
        }
    }
}

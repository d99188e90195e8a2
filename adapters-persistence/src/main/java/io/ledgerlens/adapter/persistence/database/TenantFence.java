package io.ledgerlens.adapter.persistence.database;

import io.ledgerlens.domain.org.OrgId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The orgs one call to the {@link LedgerStore} may see and write. PostgreSQL
 * enforces it (row-level security, migration V5) underneath the org_id filters
 * of the queries themselves, so a query that forgets its filter still reads
 * nothing of another org.
 *
 * @param orgs    the org ids whose rows are visible; none means no tenant row at all
 * @param wholeOrgTree whether the whole org table (and only it) is open, for registering and connecting orgs
 */
public record TenantFence(List<Long> orgs, boolean wholeOrgTree) {

    private static final TenantFence NONE = new TenantFence(List.of(), false);

    public TenantFence {
        orgs = orgs.stream().distinct().sorted().toList();
    }

    /** Exactly these orgs. An empty collection sees nothing, like {@link #none()}. */
    public static TenantFence of(Collection<OrgId> orgs) {
        return new TenantFence(orgs.stream().map(OrgId::value).toList(), false);
    }

    public static TenantFence of(OrgId org) {
        return new TenantFence(List.of(org.value()), false);
    }

    /** No tenant row: for work that touches none (sequences, statistics). */
    public static TenantFence none() {
        return NONE;
    }

    /** The whole org tree and no tenant data: orgs are registered and connected across the ledger. */
    public static TenantFence orgTree() {
        return new TenantFence(List.of(), true);
    }

    /** Whether the transaction needs no setting at all: unset is the closed fence. */
    boolean isClosed() {
        return orgs.isEmpty() && !wholeOrgTree;
    }

    /** The value of {@code ledgerlens.orgs}, a PostgreSQL bigint[] literal. */
    String orgsSetting() {
        return orgs.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** The value of {@code ledgerlens.org_tree}. */
    String orgTreeSetting() {
        return wholeOrgTree ? "on" : "off";
    }
}

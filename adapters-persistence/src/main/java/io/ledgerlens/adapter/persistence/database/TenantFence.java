package io.ledgerlens.adapter.persistence.database;

import io.ledgerlens.domain.org.OrgId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The orgs one call to the {@link LedgerStore} may see and write. PostgreSQL
 * enforces it (row-level security, migrations V5 and V12) underneath the org_id
 * filters of the queries themselves, so a query that forgets its filter still
 * reads nothing of another org. There is no fence that opens the whole org
 * tree: the service's role never changes it (see JooqOrgTree).
 *
 * @param orgs the org ids whose rows are visible; none means no tenant row at all
 */
public record TenantFence(List<Long> orgs) {

    private static final TenantFence NONE = new TenantFence(List.of());

    /**
     * Keeps each org once, in ascending order, so that equal fences render the same setting.
     *
     * @param orgs the org ids whose rows are visible, in any order, repeats allowed
     */
    public TenantFence {
        orgs = orgs.stream().distinct().sorted().toList();
    }

    /**
     * Exactly these orgs. An empty collection sees nothing, like {@link #none()}.
     *
     * @param orgs the orgs the call may see and write
     * @return the fence around them
     */
    public static TenantFence of(Collection<OrgId> orgs) {
        return new TenantFence(orgs.stream().map(OrgId::value).toList());
    }

    /**
     * One org: the caller's own, for a call that reaches no connected org.
     *
     * @param org the org the call may see and write
     * @return the fence around it
     */
    public static TenantFence of(OrgId org) {
        return new TenantFence(List.of(org.value()));
    }

    /**
     * No tenant row: for work that touches none (sequences, statistics).
     *
     * @return the closed fence
     */
    public static TenantFence none() {
        return NONE;
    }

    /** Whether the transaction needs no setting at all: unset is the closed fence. */
    boolean isClosed() {
        return orgs.isEmpty();
    }

    /** The value of {@code ledgerlens.orgs}, a PostgreSQL bigint[] literal. */
    String orgsSetting() {
        return orgs.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}

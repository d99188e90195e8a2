package io.ledgerlens.adapter.persistence.registration;

import io.ledgerlens.adapter.persistence.database.LedgerStatistics;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.Pipeline.SqlArray;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.domain.org.OrgId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs each registration in one PostgreSQL transaction that first takes
 * transaction-scoped advisory locks: the org's own, alone for a registration of
 * the whole org (reference data, groups, settings, a bulk of customers), or
 * shared with the locks of the keys a registration names (a customer's id and
 * identifiers), so that registrations of unrelated customers of one org run
 * side by side. Advisory locks need no row to exist (an org being registered
 * has none yet) and never block event appends or explode reads.
 *
 * <p>The transaction is fenced (see {@link TenantFence}) to the org of the
 * registration. The org tree is not changed here but by the operator
 * ({@link JooqOrgTree}).
 */
public final class JooqRegistration implements RegistrationPort {

    /** The first key of the orgs' advisory locks ("LLRG"), so that they cannot meet other users' two-key locks. */
    private static final int ORG_LOCKS = 0x4C4C5247;
    /** The first key of the advisory locks of registrations' keys ("LLRK"). */
    private static final int KEY_LOCKS = 0x4C4C524B;
    /**
     * Beyond this many keys a registration locks its whole org instead: every advisory lock held takes an entry of
     * PostgreSQL's shared lock table (64 per connection by default), and a bulk registration would fill it.
     */
    static final int MOST_KEYS = 64;

    private static final String LOCK_ORG = "select pg_advisory_xact_lock(?, ?)";
    private static final String SHARE_ORG = "select pg_advisory_xact_lock_shared(?, ?)";
    /** In ascending order, as every registration takes them, so that two never wait for each other in a cycle. */
    private static final String LOCK_KEYS = "select pg_advisory_xact_lock(?, k) from (select distinct k from unnest(?::int4[]) as t(k) order by k) as keys";

    private final LedgerStore store;
    /** Apart, so that a bulk of groups after a bulk of customers is analysed as it grows, not after as many rows again. */
    private final LedgerStatistics customerStatistics;
    private final LedgerStatistics groupStatistics;

    /**
     * Over the service's store, keeping the customer and group tables' statistics fresh as bulk registrations grow
     * them.
     *
     * @param store the service's store
     */
    public JooqRegistration(LedgerStore store) {
        this.store = store;
        this.customerStatistics = new LedgerStatistics(store);
        this.groupStatistics = new LedgerStatistics(store);
    }

    @Override
    public <T> T inOrg(OrgId org, Function<Registry, T> work) {
        return locked(org, new Pipeline(Pipeline.Sending.TOGETHER).run(LOCK_ORG, ORG_LOCKS, orgKey(org)), work);
    }

    @Override
    public <T> T inOrg(OrgId org, Set<String> keys, Function<Registry, T> work) {
        if (keys.isEmpty() || keys.size() > MOST_KEYS) {
            return inOrg(org, work);
        }
        var hashed = keys.stream().map(key -> (org.value() + " " + key).hashCode()).toArray(Integer[]::new);
        return locked(org, new Pipeline(Pipeline.Sending.TOGETHER).run(SHARE_ORG, ORG_LOCKS, orgKey(org))
                .run(LOCK_KEYS, KEY_LOCKS, new SqlArray("int4", hashed)), work);
    }

    /** Orgs and keys whose ids collide on the 32-bit key merely wait for each other. */
    private static int orgKey(OrgId org) {
        return Long.hashCode(org.value());
    }

    private <T> T locked(OrgId org, Pipeline locks, Function<Registry, T> work) {
        var customersWritten = new AtomicLong();
        var groupsWritten = new AtomicLong();
        var result = store.write(TenantFence.of(org), dsl -> {
            locks.send(dsl);
            return work.apply(new Registry(new JooqOrgRepository(dsl), new JooqReferenceDataRepository(dsl),
                    new JooqCustomerRepository(dsl, customersWritten::addAndGet),
                    new JooqUserGroupRepository(dsl, groupsWritten::addAndGet)));
        });
        // After the commit, so that the analysis sees the rows (a bulk registration's lookups slow down otherwise).
        customerStatistics.afterWriting(customersWritten.get());
        groupStatistics.afterWriting(groupsWritten.get());
        return result;
    }
}

package io.ledgerlens.adapter.persistence.registration;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.Registry;
import io.ledgerlens.application.port.out.RegistrationPort;
import io.ledgerlens.domain.org.OrgId;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Runs each registration in one PostgreSQL transaction that first takes a
 * transaction-scoped advisory lock: one per org for its reference data,
 * customers and groups, one for the whole org tree. Advisory locks need no
 * row to exist (an org being registered has none yet) and never block event
 * appends or explode reads.
 *
 * <p>The transaction is fenced (see {@link TenantFence}) to the org of the
 * registration; registering and connecting orgs opens the org table whole,
 * since it reads the tree (is this org free? would this make a cycle?), and
 * sees no tenant data at all.
 */
public final class RegistrationPersistenceAdapter implements RegistrationPort {

    /** The first key of our advisory locks ("LLRG"), so that they cannot meet other users' two-key locks. */
    private static final int ORG_LOCKS = 0x4C4C5247;
    /** The first key of the org tree's lock ("LLRT"). */
    private static final int TREE_LOCK = 0x4C4C5254;

    private final LedgerStore store;

    public RegistrationPersistenceAdapter(LedgerStore store) {
        this.store = store;
    }

    @Override
    public <T> T inOrg(OrgId org, Function<Registry, T> work) {
        return store.write(TenantFence.of(org), dsl -> {
            // Orgs whose ids collide on the 32-bit key merely wait for each other.
            lock(dsl, ORG_LOCKS, Long.hashCode(org.value()));
            return work.apply(registry(dsl));
        });
    }

    @Override
    public <T> T inOrgTree(Function<Registry, T> work) {
        return store.write(TenantFence.orgTree(), dsl -> {
            lock(dsl, TREE_LOCK, 0);
            return work.apply(registry(dsl));
        });
    }

    private static void lock(DSLContext dsl, int space, int key) {
        dsl.fetch("select 1 from pg_advisory_xact_lock(?, ?)", space, key);
    }

    private static Registry registry(DSLContext dsl) {
        return new Registry(new JooqOrgRepository(dsl), new JooqReferenceDataRepository(dsl), new JooqCustomerRepository(dsl),
                new JooqUserGroupRepository(dsl));
    }
}

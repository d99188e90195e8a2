package io.ledgerlens.adapter.persistence.registration;

import io.ledgerlens.adapter.persistence.database.LedgerStatistics;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.domain.org.OrgId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;

/**
 * Runs each registration in one PostgreSQL transaction that first takes a
 * transaction-scoped advisory lock, one per org for its reference data,
 * customers and groups. Advisory locks need no
 * row to exist (an org being registered has none yet) and never block event
 * appends or explode reads.
 *
 * <p>The transaction is fenced (see {@link TenantFence}) to the org of the
 * registration. The org tree is not changed here but by the operator
 * ({@link JooqOrgTree}).
 */
public final class JooqRegistration implements RegistrationPort {

    /** The first key of our advisory locks ("LLRG"), so that they cannot meet other users' two-key locks. */
    private static final int ORG_LOCKS = 0x4C4C5247;

    private final LedgerStore store;
    private final LedgerStatistics statistics;

    public JooqRegistration(LedgerStore store) {
        this.store = store;
        this.statistics = new LedgerStatistics(store);
    }

    @Override
    public <T> T inOrg(OrgId org, Function<Registry, T> work) {
        var customersWritten = new AtomicLong();
        var result = store.write(TenantFence.of(org), dsl -> {
            // Orgs whose ids collide on the 32-bit key merely wait for each other.
            lock(dsl, ORG_LOCKS, Long.hashCode(org.value()));
            return work.apply(registry(dsl, customersWritten::addAndGet));
        });
        // After the commit, so that the analysis sees the rows (a bulk registration's lookups slow down otherwise).
        statistics.afterWriting(customersWritten.get());
        return result;
    }

    private static void lock(DSLContext dsl, int space, int key) {
        dsl.fetch("select 1 from pg_advisory_xact_lock(?, ?)", space, key);
    }

    private static Registry registry(DSLContext dsl, LongConsumer customersWritten) {
        return new Registry(new JooqOrgRepository(dsl), new JooqReferenceDataRepository(dsl),
                new JooqCustomerRepository(dsl, customersWritten), new JooqUserGroupRepository(dsl));
    }
}

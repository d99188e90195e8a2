package io.ledgerlens.adapter.persistence.registration;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.registration.OrgTreePort;
import io.ledgerlens.application.port.out.registration.OrgTreeRepository;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The operator's door to the org tree. The service's role may not insert an
 * org or change a parent (V12), so no request, whatever a bug lets it reach,
 * can annex another tenant: this adapter works on the owner's connections,
 * which the operator's commands open and the HTTP service never hands out.
 * One change of the tree at a time across the ledger, under an advisory lock.
 */
public final class JooqOrgTree implements OrgTreePort {

    /** The first key of the org tree's lock ("LLRT"). */
    private static final int TREE_LOCK = 0x4C4C5254;

    private final LedgerStore owner;

    private JooqOrgTree(LedgerStore owner) {
        this.owner = owner;
    }

    /**
     * Over the schema owner's connections (LedgerDatabase#ownerDataSource), never the service's pool.
     *
     * @param ownerDataSource connections as the schema's owner, which the HTTP service never hands out
     * @return the org tree's door, taking the tree's lock on each change
     */
    public static JooqOrgTree onOwner(DataSource ownerDataSource) {
        return new JooqOrgTree(LedgerStore.on(ownerDataSource));
    }

    @Override
    public <T> T inOrgTree(Function<OrgTreeRepository, T> work) {
        // The owner is not fenced by row-level security; the fence stays closed so nothing else is opened.
        return owner.write(TenantFence.none(), dsl -> {
            dsl.fetch("select 1 from pg_advisory_xact_lock(?, ?)", TREE_LOCK, 0);
            return work.apply(new JooqOrgTreeRepository(dsl));
        });
    }
}

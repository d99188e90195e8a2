package io.ledgerlens.adapter.persistence.database;

import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;

/**
 * Whether the service's own door to PostgreSQL works: a connection from its pool, as its fenced role, takes a
 * tenant fence and answers a statement. What a readiness probe asks; how long it may take is the probe's to bound
 * (the pool's connection timeout and the connection's socket timeout bound it here too).
 */
public final class StoreReadiness {

    /** No org has this id (ids are positive and far smaller); the fence is taken, nothing behind it is read. */
    private static final OrgId NO_ORG = OrgId.of(Long.MAX_VALUE);

    private final LedgerStore store;

    /**
     * Over the service's own store, so that the probe takes the path every request takes.
     *
     * @param store the service's store, over its pool
     */
    public StoreReadiness(LedgerStore store) {
        this.store = store;
    }

    /**
     * Empty when the database answered; else why not, in words for an operator (the cause is logged by the store).
     *
     * @return why the store is not ready, or empty if it is
     */
    public Optional<String> notReadyBecause() {
        try {
            store.fetch(TenantFence.of(NO_ORG), "select 1 as answered", List.of(DSL.field("answered", Integer.class)));
            return Optional.empty();
        } catch (LedgerUnavailableException unavailable) {
            return Optional.of("the database does not answer");
        }
    }
}

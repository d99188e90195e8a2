package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_CHAIN;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.recording.LedgerChainPort;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;

/** An org's ledger chain as stored (V16), with the owner of each event it names, for verification. */
public final class JooqLedgerChain implements LedgerChainPort {

    private final LedgerStore store;

    /**
     * Over {@code store}, reading each org's chain within that org's fence.
     *
     * @param store the store the chain is read from
     */
    public JooqLedgerChain(LedgerStore store) {
        this.store = store;
    }

    @Override
    public List<StoredLink> linksAfter(OrgId org, long position, int count) {
        return store.read(TenantFence.of(org), dsl -> dsl.select(LEDGER_CHAIN.CHAIN_POSITION, LEDGER_CHAIN.EVENT_LOG_ID,
                        LEDGER_CHAIN.CONTENT_FINGERPRINT, LEDGER_CHAIN.CHAIN_HASH, LEDGER_EVENT.EVENT_LOG_ID,
                        LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID)
                .from(LEDGER_CHAIN)
                .leftJoin(LEDGER_EVENT).on(LEDGER_EVENT.EVENT_LOG_ID.eq(LEDGER_CHAIN.EVENT_LOG_ID))
                .and(LEDGER_EVENT.ORG_ID.eq(LEDGER_CHAIN.ORG_ID))
                .where(LEDGER_CHAIN.ORG_ID.eq(org.value())).and(LEDGER_CHAIN.CHAIN_POSITION.gt(position))
                .orderBy(LEDGER_CHAIN.CHAIN_POSITION)
                .limit(count)
                .fetch(row -> new StoredLink(
                        new ChainLink(org, row.value1(), EventLogId.of(row.value2()), row.value3(), row.value4()),
                        row.value5() == null ? Optional.empty() : Optional.of(new LedgerOwner(org, row.value6() != null
                                ? EventSubject.customer(CustomerId.of(row.value6()))
                                : EventSubject.userGroup(UserGroupId.of(row.value7())))))));
    }

    @Override
    public Unlinked unlinked(OrgId org) {
        return store.read(TenantFence.of(org), dsl -> {
            var firstLinked = dsl.select(min(LEDGER_CHAIN.EVENT_LOG_ID)).from(LEDGER_CHAIN)
                    .where(LEDGER_CHAIN.ORG_ID.eq(org.value())).fetchOne().value1();
            var unlinked = LEDGER_EVENT.ORG_ID.eq(org.value()).and(notExists(selectOne().from(LEDGER_CHAIN)
                    .where(LEDGER_CHAIN.ORG_ID.eq(LEDGER_EVENT.ORG_ID)).and(LEDGER_CHAIN.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID))));
            if (firstLinked == null) {
                return new Unlinked(dsl.select(count()).from(LEDGER_EVENT).where(unlinked).fetchOne().value1(), 0);
            }
            var counts = dsl.select(count().filterWhere(LEDGER_EVENT.EVENT_LOG_ID.lt(firstLinked)),
                            count().filterWhere(LEDGER_EVENT.EVENT_LOG_ID.gt(firstLinked)))
                    .from(LEDGER_EVENT).where(unlinked).fetchOne();
            return new Unlinked(counts.value1(), counts.value2());
        });
    }
}

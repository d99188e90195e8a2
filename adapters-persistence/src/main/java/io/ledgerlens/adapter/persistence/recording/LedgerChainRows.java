package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_CHAIN;

import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Extends each org's hash chain ({@link ChainLink}) by the events an append
 * transaction writes, in their order. The org's chain lock is the last lock
 * the transaction takes (after any bill's), held to its commit: it orders the
 * links of concurrent writers without holding them up while their rows are
 * written, and, taken last and in org order, it cannot close a cycle.
 */
final class LedgerChainRows {

    /** The first key of the chain locks ("LLCH"), apart from the bill locks' and the registrations'. */
    private static final int CHAIN_LOCKS = 0x4C4C4348;

    private LedgerChainRows() {
    }

    /** Links {@code events} (written in this transaction, with {@code fingerprints}) onto their orgs' chains. */
    static void extend(DSLContext dsl, List<LedgerEvent> events, Map<EventLogId, String> fingerprints) {
        if (events.isEmpty()) {
            return;
        }
        var byOrg = events.stream().collect(Collectors.groupingBy(event -> event.orgId().value(), TreeMap::new, Collectors.toList()));
        var batch = new RowBatch(LEDGER_CHAIN, LEDGER_CHAIN.ORG_ID, LEDGER_CHAIN.CHAIN_POSITION, LEDGER_CHAIN.EVENT_LOG_ID,
                LEDGER_CHAIN.CONTENT_FINGERPRINT, LEDGER_CHAIN.CHAIN_HASH);
        byOrg.forEach((org, ofOrg) -> {
            var last = lockedHead(dsl, OrgId.of(org));
            for (var event : ofOrg) {
                var fingerprint = fingerprints.get(event.id());
                var link = last.map(previous -> previous.next(event.id(), fingerprint))
                        .orElseGet(() -> ChainLink.first(event.orgId(), event.id(), fingerprint));
                batch.add(org, link.position(), event.id().value(), fingerprint, link.hash());
                last = Optional.of(link);
            }
        });
        batch.insert(dsl);
    }

    /**
     * Takes {@code org}'s chain lock, then reads its last link (none for a chain not begun). Two statements: a
     * statement sees the rows committed when it began, so a read in the statement that waited for the lock would
     * miss the links of the writer it waited for.
     */
    private static Optional<ChainLink> lockedHead(DSLContext dsl, OrgId org) {
        dsl.fetch("select 1 from pg_advisory_xact_lock(?, ?)", CHAIN_LOCKS, Long.hashCode(org.value()));
        return dsl.select(LEDGER_CHAIN.CHAIN_POSITION, LEDGER_CHAIN.EVENT_LOG_ID, LEDGER_CHAIN.CONTENT_FINGERPRINT,
                        LEDGER_CHAIN.CHAIN_HASH)
                .from(LEDGER_CHAIN).where(LEDGER_CHAIN.ORG_ID.eq(org.value()))
                .orderBy(LEDGER_CHAIN.CHAIN_POSITION.desc()).limit(1)
                .fetchOptional(row -> new ChainLink(org, row.value1(), EventLogId.of(row.value2()), row.value3(), row.value4()));
    }
}

package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_CHAIN;

import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    /**
     * Queues, after everything else the transaction writes, each org's chain lock and then the read of its last
     * link: two statements, because a statement sees the rows committed when it began, so a read in the statement
     * that waited for the lock would miss the links of the writer it waited for.
     */
    static void queueHeads(Pipeline pipeline, List<LedgerEvent> events) {
        byOrg(events).keySet().forEach(org -> pipeline
                .run("select 1 from pg_advisory_xact_lock(?, ?)", CHAIN_LOCKS, Long.hashCode(org))
                .read("select chain_position, event_log_id, content_fingerprint, chain_hash from ledger_chain"
                        + " where org_id = ? order by chain_position desc limit 1", org));
    }

    /**
     * Links {@code events} (written in this transaction, with {@code fingerprints}) onto their orgs' chains, after
     * {@code heads}: the rows of the reads {@link #queueHeads} queued, in its order.
     */
    static void extend(Pipeline pipeline, List<LedgerEvent> events, Map<EventLogId, String> fingerprints,
                       List<List<Object[]>> heads) {
        var byOrg = byOrg(events);
        var batch = new RowBatch(LEDGER_CHAIN, LEDGER_CHAIN.ORG_ID, LEDGER_CHAIN.CHAIN_POSITION, LEDGER_CHAIN.EVENT_LOG_ID,
                LEDGER_CHAIN.CONTENT_FINGERPRINT, LEDGER_CHAIN.CHAIN_HASH);
        var head = heads.iterator();
        byOrg.forEach((org, ofOrg) -> {
            var last = head.next().stream().findFirst().map(row -> new ChainLink(OrgId.of(org), (Long) row[0],
                    EventLogId.of((Long) row[1]), (String) row[2], (String) row[3]));
            for (var event : ofOrg) {
                var fingerprint = fingerprints.get(event.id());
                var link = last.map(previous -> previous.next(event.id(), fingerprint))
                        .orElseGet(() -> ChainLink.first(event.orgId(), event.id(), fingerprint));
                batch.add(org, link.position(), event.id().value(), fingerprint, link.hash());
                last = Optional.of(link);
            }
        });
        batch.queueIn(pipeline);
    }

    private static TreeMap<Long, List<LedgerEvent>> byOrg(List<LedgerEvent> events) {
        return events.stream().collect(Collectors.groupingBy(event -> event.orgId().value(), TreeMap::new, Collectors.toList()));
    }
}

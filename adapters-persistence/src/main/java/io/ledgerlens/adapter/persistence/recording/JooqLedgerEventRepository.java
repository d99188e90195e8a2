package io.ledgerlens.adapter.persistence.recording;

import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.application.port.out.recording.BillOfSubject;
import io.ledgerlens.application.port.out.recording.LedgerEventRepository;
import io.ledgerlens.application.port.out.recording.NewEvent;
import io.ledgerlens.application.port.out.recording.RecordedEvent;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.ReturnableBill;
import io.ledgerlens.domain.org.OrgId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * One append transaction's reads and writes in one org. Locks are taken in one order by every writer: unique
 * ids, then bills, then the org's chain (last, in {@link LedgerChainRows}), each set sorted; so writers never
 * wait on each other in a circle.
 */
final class JooqLedgerEventRepository implements LedgerEventRepository {

    /** The first key of the unique-id locks ("LLUI"), apart from the chain's, the registrations' and the bills'. */
    private static final int UNIQUE_ID_LOCKS = 0x4C4C5549;

    private final DSLContext dsl;
    private final OrgId org;
    private final Pipeline.Sending sending;
    private long appended;

    JooqLedgerEventRepository(DSLContext dsl, OrgId org, Pipeline.Sending sending) {
        this.dsl = dsl;
        this.org = org;
        this.sending = sending;
    }

    long appended() {
        return appended;
    }

    /**
     * Locks the unique ids, then reads them: two statements (in one round trip), because a statement sees the rows
     * committed when it began, and a read in the statement that waited for a lock would miss the event of the writer
     * it waited for. Unique ids whose 32-bit keys collide merely wait for each other.
     */
    @Override
    public Map<String, RecordedEvent> recorded(Collection<String> uniqueIds) {
        if (uniqueIds.isEmpty()) {
            return Map.of();
        }
        var keys = uniqueIds.stream().map(uniqueId -> (org.value() + "/" + uniqueId).hashCode()).distinct().sorted()
                .toArray(Integer[]::new);
        var rows = new Pipeline(sending)
                .run("select pg_advisory_xact_lock(?, k) from unnest(?::int[]) with ordinality as t(k, n) order by n",
                        UNIQUE_ID_LOCKS, new Pipeline.SqlArray("int4", keys))
                // One array bind, not a thousand: planning an IN list of every id cost 17 ms a batch.
                .read("select unique_id, event_log_id, content_fingerprint from ledger_event"
                                + " where org_id = ? and unique_id = any(?::varchar[])",
                        org.value(), new Pipeline.SqlArray("varchar", uniqueIds.toArray(String[]::new)))
                .send(dsl).get(0);
        var recorded = new HashMap<String, RecordedEvent>();
        rows.forEach(row -> recorded.put((String) row[0], new RecordedEvent(EventLogId.of((Long) row[1]), (String) row[2])));
        return recorded;
    }

    @Override
    public Map<BillOfSubject, ReturnableBill> returnable(Collection<BillOfSubject> bills) {
        var keys = new LinkedHashMap<ReturnableBills.BillKey, BillOfSubject>();
        bills.forEach(bill -> keys.put(new ReturnableBills.BillKey(org.value(), bill.subject(), bill.billNumber()), bill));
        var returnable = new LinkedHashMap<BillOfSubject, ReturnableBill>();
        ReturnableBills.lockAndLoad(dsl, sending, keys.keySet()).forEach((key, bill) -> returnable.put(keys.get(key), bill));
        return returnable;
    }

    @Override
    public void append(List<NewEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var ledgerEvents = events.stream().map(NewEvent::event).toList();
        if (ledgerEvents.stream().anyMatch(event -> !event.orgId().equals(org))) {
            throw new IllegalArgumentException("this unit of work appends to org " + org + " only");
        }
        var fingerprints = events.stream().collect(Collectors.toMap(e -> e.event().id(), NewEvent::fingerprint));
        // Two round trips: the events, their parts and the chain's head (read under its lock, taken last); the links.
        var pipeline = new Pipeline(sending);
        EventRows.events(ledgerEvents, fingerprints).queueIn(pipeline);
        EventRows.queueParts(pipeline, ledgerEvents);
        LedgerChainRows.queueHeads(pipeline, ledgerEvents);
        var heads = pipeline.send(dsl);
        LedgerChainRows.extend(pipeline, ledgerEvents, fingerprints, heads);
        pipeline.send(dsl);
        appended += events.size();
    }
}

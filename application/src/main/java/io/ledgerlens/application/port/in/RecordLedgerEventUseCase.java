package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.org.OrgId;

/**
 * Records one event in the ledger of the caller's org: whole or not at all,
 * once per unique id. A retry with the same unique id and content is answered
 * with the original event; the same unique id with other content is refused.
 */
public interface RecordLedgerEventUseCase {

    RecordOutcome record(OrgId caller, EventDraft draft);

    /**
     * Records many events at once (a bulk import): the same rules and
     * outcomes as {@link #record}, one per draft, in order, in few round trips.
     * If the store cannot answer, every outcome is {@link RecordOutcome.Unavailable}
     * and nothing of the batch is written.
     */
    java.util.List<RecordOutcome> recordAll(OrgId caller, java.util.List<EventDraft> drafts);
}

package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.org.OrgId;

/**
 * Records one event in the ledger of the caller's org: whole or not at all,
 * once per unique id. A retry with the same unique id and content is answered
 * with the original event; the same unique id with other content is refused.
 */
public interface RecordLedgerEventUseCase {

    RecordOutcome record(OrgId caller, EventDraft draft);
}

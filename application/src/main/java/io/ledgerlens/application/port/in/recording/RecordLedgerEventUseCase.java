package io.ledgerlens.application.port.in.recording;

import io.ledgerlens.domain.org.OrgId;
import java.util.List;

/**
 * Records one event in the ledger of the caller's org: whole or not at all,
 * once per unique id. A retry with the same unique id and content is answered
 * with the original event; the same unique id with other content is refused.
 */
public interface RecordLedgerEventUseCase {

    /**
     * Records one event.
     *
     * @param caller the org of the caller's credential; the draft must be of its ledger
     * @param draft  the event without its id
     * @return recorded (now or before, under the same unique id), or why nothing was written
     */
    RecordOutcome record(OrgId caller, EventDraft draft);

    /**
     * Records many events at once (a bulk import): the same rules and
     * outcomes as {@link #record}, one per draft, in order, in few round trips.
     * An event with a value the store refuses is {@link RecordOutcome.Refused}
     * on its own, and the others are recorded. If the store cannot answer, every
     * outcome is {@link RecordOutcome.Unavailable}: nothing of the batch is
     * written, unless it was being split around a refused value, and then what
     * was written is found already recorded when the batch is recorded again.
     *
     * @param caller the org of the caller's credential; every draft must be of its ledger
     * @param drafts the events without their ids, in the order to record them
     * @return one outcome per draft, in the drafts' order
     */
    List<RecordOutcome> recordAll(OrgId caller, List<EventDraft> drafts);
}

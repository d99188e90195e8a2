package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.domain.org.OrgId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Records single events of one org that arrive while another group of that org is being recorded together, as
 * one batch ({@link RecordLedgerEventUseCase#recordAll}): a {@link GroupCommit}. Every event of an org passes the
 * org's hash chain one transaction at a time anyway; one transaction for the sixteen events that queued behind it
 * pays one chain lock, one commit and a few round trips for all of them.
 *
 * <p>Each event's outcome is the one it would have had recorded alone after the events before it in its group:
 * a batch decides in order (a repeated unique id names the event recorded first; a return is checked against the
 * purchases before it), a value the store refuses is refused for its own event only, and an unavailable store is
 * unavailable for the whole group.
 */
public final class GroupCommittedRecordingService implements RecordLedgerEventUseCase {

    private final RecordLedgerEventUseCase recording;
    private final GroupCommit<EventDraft, RecordOutcome> groups;

    /**
     * Groups single events for {@code recording}, at most {@code mostPerGroup} in one batch and at most
     * {@code mostInFlight} groups of one org at once: with two, one group reads and writes its rows while the one
     * before it waits for the org's chain and its commit.
     *
     * @param recording    records each group as one batch
     * @param mostPerGroup the most events in one group; at least one
     * @param mostInFlight the most groups of one org recorded at once; at least one
     * @param gather       how long a group waits for as many as the last one held, when its org is busy
     */
    public GroupCommittedRecordingService(RecordLedgerEventUseCase recording, int mostPerGroup, int mostInFlight,
            Duration gather) {
        this.recording = Objects.requireNonNull(recording, "recording");
        this.groups = new GroupCommit<>(recording::recordAll, mostPerGroup, mostInFlight, gather);
    }

    @Override
    public RecordOutcome record(OrgId caller, EventDraft draft) {
        // On the caller's own thread, while the group before it is written, not in its group's transaction; and a
        // draft that does not build fails its own caller here, not the group it would have joined.
        draft.fingerprint();
        return groups.write(caller, draft);
    }

    /** A batch is a group already. */
    @Override
    public List<RecordOutcome> recordAll(OrgId caller, List<EventDraft> drafts) {
        return recording.recordAll(caller, drafts);
    }

    /** How many single events of {@code org} wait for a group under way to finish. */
    int waiting(OrgId org) {
        return groups.waiting(org);
    }
}

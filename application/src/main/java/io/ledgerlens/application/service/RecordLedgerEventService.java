package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.recording.AppendOutcome;
import io.ledgerlens.application.port.out.recording.NewEvent;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records events for the caller's org. The subject must be a customer or
 * group of that org ({@link EventAppends} checks it in the unit of work that
 * appends): an event can never land on another org's ledger.
 */
public final class RecordLedgerEventService implements RecordLedgerEventUseCase {

    private final RecordLedgerPort ledger;
    private final EventAppends appends;

    /**
     * A service that appends to {@code ledger}.
     *
     * @param ledger the org ledgers: fresh ids, and the unit of work events are appended in
     */
    public RecordLedgerEventService(RecordLedgerPort ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.appends = new EventAppends(ledger);
    }

    /** One event is a batch of one: the same decisions, in the same unit of work. */
    @Override
    public RecordOutcome record(OrgId caller, EventDraft draft) {
        return recordAll(caller, List.of(draft)).get(0);
    }

    @Override
    public List<RecordOutcome> recordAll(OrgId caller, List<EventDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        try {
            var ids = ledger.nextEventLogIds(drafts.size());
            var events = new ArrayList<NewEvent>();
            for (int i = 0; i < drafts.size(); i++) {
                // The fingerprint, computed from the draft (by a group commit's caller before it queued), not again.
                events.add(new NewEvent(drafts.get(i).withId(ids.get(i)), drafts.get(i).fingerprint()));
            }
            var outcomes = new ArrayList<RecordOutcome>(Collections.nCopies(events.size(), null));
            var toAppend = new ArrayList<NewEvent>();
            var positions = new ArrayList<Integer>();
            for (int i = 0; i < events.size(); i++) {
                var event = events.get(i);
                var refusal = refusal(caller, event.event());
                if (refusal.isPresent()) {
                    outcomes.set(i, refusal.get());
                } else {
                    toAppend.add(event);
                    positions.add(i);
                }
            }
            var appended = appendIsolatingRefusals(toAppend);
            for (int j = 0; j < appended.size(); j++) {
                outcomes.set(positions.get(j), appended.get(j));
            }
            return outcomes;
        } catch (LedgerUnavailableException unavailable) {
            return Collections.nCopies(drafts.size(), new RecordOutcome.Unavailable());
        }
    }

    /**
     * Appends {@code events} (all of the caller's org) in one unit of work. If the store refuses a value of one of them, nothing of the batch
     * was written: each half is appended on its own, and so on down to the refused events, which alone are refused
     * while every other event is recorded, in order (a return after its purchase). Bounded: a refused event costs at
     * most two appends of each size from the batch's half down to one, about 2·log₂(batch) transactions.
     */
    private List<RecordOutcome> appendIsolatingRefusals(List<NewEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        try {
            var appended = appends.appendFingerprinted(events);
            var outcomes = new ArrayList<RecordOutcome>(appended.size());
            for (int i = 0; i < appended.size(); i++) {
                outcomes.add(outcomeOf(events.get(i).event(), appended.get(i)));
            }
            return outcomes;
        } catch (LedgerRefusedException refused) {
            if (events.size() == 1) {
                return List.of(new RecordOutcome.Refused(List.of(RefusedValues.inEvent(events.get(0).event(), refused.part()))));
            }
            int half = events.size() / 2;
            var outcomes = new ArrayList<>(appendIsolatingRefusals(events.subList(0, half)));
            outcomes.addAll(appendIsolatingRefusals(events.subList(half, events.size())));
            return outcomes;
        }
    }

    private static Optional<RecordOutcome> refusal(OrgId caller, LedgerEvent event) {
        if (!event.orgId().equals(caller)) {
            return Optional.of(refused("orgId", FieldProblem.NOT_ALLOWED, "events are recorded in the caller's org " + caller));
        }
        return Optional.empty();
    }

    private static RecordOutcome outcomeOf(LedgerEvent event, AppendOutcome appended) {
        if (appended instanceof AppendOutcome.UnknownSubject) {
            return event.subject() instanceof EventSubject.OfCustomer
                    ? refused("customerId", FieldProblem.NOT_FOUND, "no such customer in org " + event.orgId())
                    : refused("userGroupId", FieldProblem.NOT_FOUND, "no such user group in org " + event.orgId());
        }
        if (appended instanceof AppendOutcome.ReturnBeyondPurchase refused) {
            return new RecordOutcome.ReturnBeyondPurchase(refused.excess());
        }
        if (appended instanceof AppendOutcome.AlreadyRecorded earlier) {
            return earlier.sameContent()
                    ? new RecordOutcome.Recorded(earlier.eventLogId(), false)
                    : new RecordOutcome.UniqueIdReused(earlier.eventLogId());
        }
        return new RecordOutcome.Recorded(appended.eventLogId(), true);
    }


    private static RecordOutcome refused(String field, String code, String message) {
        return new RecordOutcome.Refused(List.of(new FieldProblem(field, code, message)));
    }
}

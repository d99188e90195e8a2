package io.ledgerlens.application.service;

import io.ledgerlens.application.port.out.recording.AppendOutcome;
import io.ledgerlens.application.port.out.recording.BatchQuestions;
import io.ledgerlens.application.port.out.recording.BillOfSubject;
import io.ledgerlens.application.port.out.recording.LedgerEventRepository;
import io.ledgerlens.application.port.out.recording.NewEvent;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.application.port.out.recording.RecordedEvent;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.ReturnableBill;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one way events are appended, one or many (one is a batch of one): inside the ledger's unit of work, an
 * event of a customer or group that is not the org's is refused; an event whose unique id the org has recorded (before, or earlier in the batch) is not appended and names the
 * recorded event; a return that gives back more than its bill bought, less the returns before it, is refused;
 * every other event is appended, in order. The port's locks keep what was read true until the events are in, so
 * concurrent writers of one unique id record it once and concurrent returns of one bill add up.
 */
public final class EventAppends {

    private final RecordLedgerPort ledger;

    /**
     * Appends to {@code ledger}, each batch in one of its units of work.
     *
     * @param ledger the org ledgers, with their locks and hash chains
     */
    public EventAppends(RecordLedgerPort ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * Appends one event, as a batch of one.
     *
     * @param event the event, with the id the ledger assigned it
     * @return appended, already recorded under its unique id, a return beyond its purchase, or of no customer or group
     *         of the org
     */
    public AppendOutcome append(LedgerEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Appends {@code events}, all of one org, in one unit of work, and says what happened to each, in order.
     *
     * @param events the events, with the ids the ledger assigned them, all of one org
     * @return one outcome per event, in the events' order; empty for no events
     * @throws IllegalArgumentException when the events are of more than one org
     */
    public List<AppendOutcome> appendAll(List<LedgerEvent> events) {
        return appendFingerprinted(events.stream().map(NewEvent::of).toList());
    }

    /**
     * Appends {@code events} as {@link #appendAll} does, each with the fingerprint it was given: computed before, out
     * of the unit of work (e.g. by {@link io.ledgerlens.application.port.in.recording.EventDraft#fingerprint}).
     *
     * @param events the events, with the ids the ledger assigned them and their fingerprints, all of one org
     * @return one outcome per event, in the events' order; empty for no events
     * @throws IllegalArgumentException when the events are of more than one org
     */
    public List<AppendOutcome> appendFingerprinted(List<NewEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        var org = events.get(0).event().orgId();
        if (events.stream().anyMatch(event -> !event.event().orgId().equals(org))) {
            throw new IllegalArgumentException("a batch appends to one org's ledger");
        }
        return ledger.inLedgerOf(org, writes -> new Batch(writes, events).append());
    }

    /** One unit of work's decisions, from what the ledger holds and what the batch appended before each event. */
    private static final class Batch {

        private final LedgerEventRepository writes;
        private final List<NewEvent> events;
        private final Set<EventSubject> knownSubjects;
        private final Map<String, RecordedEvent> recorded;
        private final Map<BillOfSubject, ReturnableBill> returnable;

        Batch(LedgerEventRepository writes, List<NewEvent> events) {
            this.writes = writes;
            this.events = events;
            var facts = writes.facts(BatchQuestions.of(events));
            this.knownSubjects = facts.knownSubjects();
            this.recorded = new HashMap<>(facts.recorded());
            this.returnable = new HashMap<>(facts.returnable());
        }

        List<AppendOutcome> append() {
            var outcomes = new ArrayList<AppendOutcome>(events.size());
            var fresh = new ArrayList<NewEvent>();
            for (var appending : events) {
                var event = appending.event();
                var fingerprint = appending.fingerprint();
                if (!knownSubjects.contains(event.subject())) {
                    outcomes.add(new AppendOutcome.UnknownSubject(event.id()));
                    continue;
                }
                var earlier = recorded.get(event.uniqueId());
                if (earlier != null) {
                    outcomes.add(new AppendOutcome.AlreadyRecorded(earlier.eventLogId(),
                            EventFingerprint.sameContent(event, fingerprint, earlier.fingerprint())));
                    continue;
                }
                var refused = refusedReturn(event);
                if (refused.isPresent()) {
                    outcomes.add(refused.get());
                    continue;
                }
                recorded.put(event.uniqueId(), new RecordedEvent(event.id(), fingerprint));
                fresh.add(appending);
                outcomes.add(new AppendOutcome.Appended(event.id()));
            }
            if (!fresh.isEmpty()) {
                writes.append(fresh);
            }
            return outcomes;
        }

        /**
         * Checks a return against its bill as the ledger and the batch's events before it leave it, and counts
         * what this event buys or returns for the events after it.
         */
        private Optional<AppendOutcome> refusedReturn(LedgerEvent event) {
            var returned = BillOfSubject.returnedBy(event);
            if (returned.isPresent()) {
                var bill = event.bill().orElseThrow();
                var excess = returnable.get(returned.get()).excessOf(bill);
                if (!excess.isEmpty()) {
                    return Optional.of(new AppendOutcome.ReturnBeyondPurchase(event.id(), excess));
                }
                returnable.computeIfPresent(returned.get(), (key, before) -> before.withReturn(bill));
            }
            BillOfSubject.boughtBy(event).ifPresent(bought ->
                    returnable.computeIfPresent(bought, (key, before) -> before.withPurchase(event.bill().orElseThrow())));
            return Optional.empty();
        }
    }
}

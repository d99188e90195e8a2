package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.event.LedgerEvent;
import java.util.List;

/**
 * Loads events with everything the explode answer can show (bill, line items,
 * allocations at every level, fields, payment modes, tiers), or with the
 * sections a lookup's {@link EventSections} name. An implementation
 * must answer in a fixed number of round trips, whatever the number of events,
 * line items or allocations.
 */
public interface LoadLedgerEventsPort {

    /**
     * The events of {@code lookup}'s ids (at most {@link io.ledgerlens.domain.explode.EventSelector#MAX_EVENT_IDS}),
     * including kinds without explode detail, ordered by event time then id. Missing events are simply absent.
     *
     * @param lookup whose ledgers may be read, the ids asked for and the sections to load
     * @return those events on the owners' ledgers; never one of another org or subject
     */
    List<LedgerEvent> load(EventLookup lookup);

    /**
     * The page {@code lookup} asks for of the events recorded under its event name and references, and which
     * references matched any. Any number of events may match (every event recorded without a reference has
     * {@code -1}): an implementation reads the page's events only, cutting the page where it selects, never
     * after loading them all.
     *
     * @param lookup whose ledgers may be read, the event name and references, the page and the sections to load
     * @return the page's events in the answer's order, and the references that matched any event
     */
    ReferencedEvents loadPage(ReferenceLookup lookup);
}

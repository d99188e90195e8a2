package io.ledgerlens.application.port.out;

import io.ledgerlens.domain.event.LedgerEvent;
import java.util.List;

/**
 * Loads events with everything the explode answer can show (bill, line items,
 * allocations at every level, fields, payment modes, tiers). An implementation
 * must answer in a fixed number of round trips, whatever the number of events,
 * line items or allocations.
 */
public interface LoadLedgerEventsPort {

    /**
     * The events matching {@code lookup}, including kinds without explode
     * detail, ordered by event time then id. Missing events are simply absent.
     */
    List<LedgerEvent> load(EventLookup lookup);
}

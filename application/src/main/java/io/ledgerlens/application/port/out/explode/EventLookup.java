package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.explode.EventSelector;
import java.util.List;
import java.util.Objects;

/**
 * Which events to load by their log ids: those of {@code selector} that belong
 * to one of {@code owners}. An implementation returns nothing outside the
 * owners' orgs and ledgers, whatever the selector says: this is the tenancy boundary.
 *
 * @param owners   whose ledgers may be read
 * @param selector the event ids asked for
 * @param sections which optional sections of the events to load
 */
public record EventLookup(List<LedgerOwner> owners, EventSelector.ByEventIds selector, EventSections sections) {

    /**
     * Refuses a missing selector or sections; the owners are copied.
     *
     * @param owners   whose ledgers may be read
     * @param selector the event ids asked for
     * @param sections which optional sections of the events to load
     */
    public EventLookup {
        owners = List.copyOf(owners);
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(sections, "sections");
    }

    /**
     * The events with every section.
     *
     * @param owners   whose ledgers may be read
     * @param selector the event ids asked for
     */
    public EventLookup(List<LedgerOwner> owners, EventSelector.ByEventIds selector) {
        this(owners, selector, EventSections.all());
    }
}

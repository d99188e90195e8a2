package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.explode.EventSelector;
import java.util.List;
import java.util.Objects;

/**
 * Which events to load by their log ids: those of {@code selector} that belong
 * to one of {@code owners}. An implementation returns nothing outside the
 * owners' orgs and ledgers, whatever the selector says: this is the tenancy boundary.
 */
public record EventLookup(List<LedgerOwner> owners, EventSelector.ByEventIds selector, EventSections sections) {

    public EventLookup {
        owners = List.copyOf(owners);
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(sections, "sections");
    }

    /** The events with every section. */
    public EventLookup(List<LedgerOwner> owners, EventSelector.ByEventIds selector) {
        this(owners, selector, EventSections.all());
    }
}

package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.explode.Page;
import java.util.List;
import java.util.Objects;

/**
 * Which events to load by event name and reference ids: {@code page} of those
 * that belong to one of {@code owners}, in the answer's order
 * ({@link io.ledgerlens.domain.explode.SelectedEvents#referenceOrder}). Nothing
 * outside the owners' orgs and ledgers is ever returned: this is the tenancy boundary.
 */
public record ReferenceLookup(List<LedgerOwner> owners, EventSelector.ByReferences selector, Page page,
                              EventSections sections) {

    public ReferenceLookup {
        owners = List.copyOf(owners);
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(sections, "sections");
    }

    /** The page's events with every section. */
    public ReferenceLookup(List<LedgerOwner> owners, EventSelector.ByReferences selector, Page page) {
        this(owners, selector, page, EventSections.all());
    }
}

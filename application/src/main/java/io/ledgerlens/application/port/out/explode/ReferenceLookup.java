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
 *
 * @param owners   whose ledgers may be read
 * @param selector the event name and reference ids asked for
 * @param page     which page of the matching events to answer
 * @param sections which optional sections of the events to load
 */
public record ReferenceLookup(List<LedgerOwner> owners, EventSelector.ByReferences selector, Page page,
                              EventSections sections) {

    /**
     * Refuses missing parts; the owners are copied.
     *
     * @param owners   whose ledgers may be read
     * @param selector the event name and reference ids asked for
     * @param page     which page of the matching events to answer
     * @param sections which optional sections of the events to load
     */
    public ReferenceLookup {
        owners = List.copyOf(owners);
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(sections, "sections");
    }

    /**
     * The page's events with every section.
     *
     * @param owners   whose ledgers may be read
     * @param selector the event name and reference ids asked for
     * @param page     which page of the matching events to answer
     */
    public ReferenceLookup(List<LedgerOwner> owners, EventSelector.ByReferences selector, Page page) {
        this(owners, selector, page, EventSections.all());
    }
}

package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Objects;

/**
 * Which customers and events to load at once: the customers of {@code orgs} known by {@code identifier} (as
 * {@link ResolveSubjectPort#findCustomers} finds them), and those of {@code selector}'s events that are on their
 * ledgers, with {@code sections}.
 *
 * @param orgs       the orgs the request may read, in the answer's order
 * @param identifier how the request names the customer
 * @param selector   the event ids asked for
 * @param sections   which optional sections of the events to load
 */
public record CustomerEventLookup(List<OrgId> orgs, SubjectIdentifier identifier, EventSelector.ByEventIds selector,
                                  EventSections sections) {

    /**
     * Refuses missing parts; the orgs are copied.
     *
     * @param orgs       the orgs the request may read, in the answer's order
     * @param identifier how the request names the customer
     * @param selector   the event ids asked for
     * @param sections   which optional sections of the events to load
     */
    public CustomerEventLookup {
        orgs = List.copyOf(orgs);
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(sections, "sections");
    }
}

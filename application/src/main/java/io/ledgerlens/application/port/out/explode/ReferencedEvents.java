package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.event.LedgerEvent;
import java.util.List;
import java.util.Set;

/**
 * One page of the events matching a {@link ReferenceLookup}, and which of its
 * references matched at least one event at all (a reference that matched none
 * makes the request 9022, whatever page it asked for).
 *
 * @param page              the page's events, in the answer's order
 * @param matchedReferences the references that matched at least one event on the owners' ledgers
 */
public record ReferencedEvents(List<LedgerEvent> page, Set<String> matchedReferences) {

    /**
     * Copies both.
     *
     * @param page              the page's events, in the answer's order
     * @param matchedReferences the references that matched at least one event on the owners' ledgers
     */
    public ReferencedEvents {
        page = List.copyOf(page);
        matchedReferences = Set.copyOf(matchedReferences);
    }
}

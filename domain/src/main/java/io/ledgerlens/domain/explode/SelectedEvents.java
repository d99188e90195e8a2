package io.ledgerlens.domain.explode;

import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the events found for a selector against what was asked (order 8 of
 * the contract's table) and puts them in the answer's order: {@code eventIds}
 * order, or reference order then event time.
 */
public final class SelectedEvents {

    private SelectedEvents() {
    }

    /**
     * @param found the owner's events the store found for the selector, in any order
     */
    public static Validation<Seq<Problem>, List<LedgerEvent>> check(EventSelector selector, List<LedgerEvent> found) {
        if (selector instanceof EventSelector.ByEventIds byIds) {
            return byEventIds(byIds.ids(), found);
        }
        return byReferences((EventSelector.ByReferences) selector, found);
    }

    private static Validation<Seq<Problem>, List<LedgerEvent>> byEventIds(List<EventLogId> ids, List<LedgerEvent> found) {
        var byId = found.stream().collect(Collectors.toMap(LedgerEvent::id, Function.identity(), (a, b) -> a));
        var missing = ids.stream().filter(id -> !byId.containsKey(id)).map(EventLogId::value).toList();
        var problems = new ArrayList<Problem>();
        if (!missing.isEmpty()) {
            problems.add(Problem.eventIdsNotFound(missing));
        }
        ids.stream().map(byId::get).filter(e -> e != null && !e.name().hasExplodeDetail())
                .forEach(e -> problems.add(Problem.eventDetailNotFound(e.id().value())));
        if (!problems.isEmpty()) {
            return Validation.invalid(io.vavr.collection.List.ofAll(problems));
        }
        return Validation.valid(ids.stream().map(byId::get).toList());
    }

    private static Validation<Seq<Problem>, List<LedgerEvent>> byReferences(EventSelector.ByReferences selector,
                                                                           List<LedgerEvent> found) {
        var references = selector.referenceIds();
        var matching = found.stream()
                .filter(e -> e.name() == selector.eventName() && references.contains(e.referenceId()))
                .toList();
        var matched = matching.stream().map(LedgerEvent::referenceId).collect(Collectors.toSet());
        if (!matched.containsAll(references)) {
            return Validation.invalid(io.vavr.collection.List.of(Problem.eventReferenceIdsInvalid()));
        }
        return Validation.valid(matching.stream()
                .sorted(Comparator.<LedgerEvent>comparingInt(e -> references.indexOf(e.referenceId()))
                        .thenComparing(LedgerEvent::eventTime)
                        .thenComparingLong(e -> e.id().value()))
                .toList());
    }

    /** The page of {@code events} to return. */
    public static List<LedgerEvent> page(List<LedgerEvent> events, Page page) {
        return events.stream().skip(page.firstIndex()).limit(page.limit()).toList();
    }
}

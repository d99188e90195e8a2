package io.ledgerlens.domain.explode;

import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the events found for a selector against what was asked (order 8 of
 * the contract's table) and puts them in the answer's order: {@code eventIds}
 * order, or reference order then event time.
 *
 * <p>By ids, at most {@link EventSelector#MAX_EVENT_IDS} events are found, every
 * one is checked, and the page is cut from them here. By references, any number
 * of events may match (every event recorded without a reference has {@code -1}),
 * so the store cuts the page in {@link #referenceOrder} and says which references
 * matched anything; only that page is ever read.
 */
public final class SelectedEvents {

    private SelectedEvents() {
    }

    /**
     * 9021 for the ids that are not among {@code found}, 11024 for those of a kind
     * without explode detail; otherwise the events in {@code eventIds} order.
     *
     * @param found the owner's events the store found for the ids, in any order
     * @param selector the ids asked for, in request order
     * @return the events in {@code eventIds} order, or the problems with them
     */
    public static Validation<Seq<Problem>, List<LedgerEvent>> byEventIds(EventSelector.ByEventIds selector,
                                                                        List<LedgerEvent> found) {
        var ids = selector.ids();
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

    /**
     * 9022 unless every reference asked for matched an event of the name;
     * otherwise {@code page}, in the answer's order.
     *
     * @param matched the references that matched at least one of the owner's events of the name
     * @param page    the page of matching events the store cut in {@link #referenceOrder}
     * @param selector the event name and references asked for
     * @return the page's events of the name, in reference order then event time, or 9022
     */
    public static Validation<Seq<Problem>, List<LedgerEvent>> byReferences(EventSelector.ByReferences selector,
                                                                          Set<String> matched, List<LedgerEvent> page) {
        if (!matched.containsAll(selector.referenceIds())) {
            return Validation.invalid(io.vavr.collection.List.of(Problem.eventReferenceIdsInvalid()));
        }
        return Validation.valid(page.stream()
                .filter(e -> e.name() == selector.eventName() && selector.referenceIds().contains(e.referenceId()))
                .sorted(referenceOrder(selector)).toList());
    }

    /**
     * The answer's order by references: the reference's place in the request, then event time, then log id.
     *
     * @param selector the event name and references asked for
     * @return the order, for the store to cut pages in and for the answer
     */
    public static Comparator<LedgerEvent> referenceOrder(EventSelector.ByReferences selector) {
        var references = selector.referenceIds();
        return Comparator.<LedgerEvent>comparingInt(e -> references.indexOf(e.referenceId()))
                .thenComparing(LedgerEvent::eventTime)
                .thenComparingLong(e -> e.id().value());
    }

    /**
     * The page of {@code events} to return.
     *
     * @param events every selected event, in the answer's order
     * @param page the page asked for
     * @return the events on that page; empty past the end
     */
    public static List<LedgerEvent> page(List<LedgerEvent> events, Page page) {
        return events.stream().skip(page.firstIndex()).limit(page.limit()).toList();
    }
}

package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_IDS;
import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_NAME;
import static io.ledgerlens.domain.explode.ExplodeParameters.EVENT_REFERENCE_IDS;

import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Which events: orders 4 and 5 of the contract's table. Which selector was
 * used is decided first (11021, 11023); the format of each selector's values
 * is checked whenever the value was sent, since that check needs nothing else.
 */
final class SelectorRules {

    private SelectorRules() {
    }

    static Validation<Seq<Problem>, EventSelector> selector(ExplodeParameters p) {
        var idsText = p.text(EVENT_IDS);
        var nameText = p.text(EVENT_NAME);
        // Reference ids that are only commas are no reference ids: 11023, not a selector without references.
        var referencesText = p.text(EVENT_REFERENCE_IDS)
                .filter(text -> elements(text).stream().anyMatch(reference -> !reference.isEmpty()));
        Validation<Problem, Boolean> oneSelector;
        if (idsText.isPresent() && (nameText.isPresent() || referencesText.isPresent())) {
            oneSelector = Validation.invalid(Problem.bothSelectorsPassed());
        } else if (idsText.isEmpty() && (nameText.isEmpty() || referencesText.isEmpty())) {
            oneSelector = Validation.invalid(Problem.noSelector());
        } else {
            oneSelector = Validation.valid(idsText.isPresent());
        }
        var ids = idsText.map(SelectorRules::eventIds).orElseGet(() -> Validation.valid(List.of()));
        var name = nameText.map(SelectorRules::eventName).orElseGet(() -> Validation.valid(Optional.empty()));
        var references = referencesText.map(SelectorRules::referenceIds).orElseGet(() -> Validation.valid(List.of()));
        return Validation.combine(oneSelector, ids, name, references)
                .ap((byIds, eventIds, eventName, referenceIds) -> byIds
                        ? new EventSelector.ByEventIds(eventIds)
                        : new EventSelector.ByReferences(eventName.orElseThrow(), referenceIds));
    }

    /** 11017 for the first element that is not a positive integer; 11014 past 100 ids. */
    private static Validation<Problem, List<EventLogId>> eventIds(String text) {
        var elements = elements(text);
        var ids = new LinkedHashSet<EventLogId>();
        for (var element : elements) {
            var id = Numerals.positiveLong(element);
            if (id.isEmpty()) {
                return Validation.invalid(Problem.eventIdFormat(element));
            }
            ids.add(EventLogId.of(id.get()));
        }
        if (elements.size() > EventSelector.MAX_EVENT_IDS) {
            return Validation.invalid(Problem.tooManyEventsRequested(EventSelector.MAX_EVENT_IDS));
        }
        return Validation.valid(new ArrayList<>(ids));
    }

    private static Validation<Problem, Optional<EventName>> eventName(String text) {
        return EventName.explodable(text)
                .<Validation<Problem, Optional<EventName>>>map(name -> Validation.valid(Optional.of(name)))
                .orElseGet(() -> Validation.invalid(Problem.eventNameNotFound(text)));
    }

    private static Validation<Problem, List<String>> referenceIds(String text) {
        var references = elements(text).stream().filter(r -> !r.isEmpty()).distinct().toList();
        if (references.size() > EventSelector.MAX_REFERENCE_IDS) {
            return Validation.invalid(Problem.tooManyEventsRequested(EventSelector.MAX_REFERENCE_IDS));
        }
        return Validation.valid(references);
    }

    /**
     * Comma-separated values without surrounding whitespace; empty elements are kept so that they can
     * be refused. strip(), not trim(), which would silently drop control characters at the ends.
     */
    static List<String> elements(String text) {
        return Arrays.stream(text.split(",", -1)).map(String::strip).toList();
    }
}

package io.ledgerlens.domain.explode;

import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which events a request explodes: by log id, or by event name and reference ids. */
public sealed interface EventSelector {

    /** At most this many event ids in one request (ours, §4). */
    int MAX_EVENT_IDS = 100;
    /** At most this many reference ids in one request. */
    int MAX_REFERENCE_IDS = 10;

    /** {@code byIds} of a selection by event ids, {@code byReferences} of one by event name and references. */
    <T> T fold(Function<ByEventIds, T> byIds, Function<ByReferences, T> byReferences);

    record ByEventIds(List<EventLogId> ids) implements EventSelector {
        public ByEventIds {
            ids = List.copyOf(ids);
            if (ids.isEmpty() || ids.size() > MAX_EVENT_IDS) {
                throw new IllegalArgumentException("between 1 and " + MAX_EVENT_IDS + " event ids");
            }
        }

        @Override
        public <T> T fold(Function<ByEventIds, T> byIds, Function<ByReferences, T> byReferences) {
            return byIds.apply(this);
        }
    }

    record ByReferences(EventName eventName, List<String> referenceIds) implements EventSelector {
        public ByReferences {
            Objects.requireNonNull(eventName, "eventName");
            referenceIds = List.copyOf(referenceIds);
            if (referenceIds.isEmpty() || referenceIds.size() > MAX_REFERENCE_IDS) {
                throw new IllegalArgumentException("between 1 and " + MAX_REFERENCE_IDS + " reference ids");
            }
            if (!eventName.hasExplodeDetail()) {
                throw new IllegalArgumentException(eventName.wireName() + " cannot be exploded");
            }
        }

        @Override
        public <T> T fold(Function<ByEventIds, T> byIds, Function<ByReferences, T> byReferences) {
            return byReferences.apply(this);
        }
    }
}

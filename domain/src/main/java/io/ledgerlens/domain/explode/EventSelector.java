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

    /**
     * {@code byIds} of a selection by event ids, {@code byReferences} of one by event name and references.
     *
     * @param <T> what telling the selector gives, such as the events the store found
     * @param byIds applied to a selection by event ids
     * @param byReferences applied to a selection by event name and references
     * @return what the case's function gave
     */
    <T> T fold(Function<ByEventIds, T> byIds, Function<ByReferences, T> byReferences);

    /**
     * By {@code eventIds}: the events with these log ids, in this order.
     *
     * @param ids the event log ids, without repeats, in request order; 1 to {@link #MAX_EVENT_IDS}
     */
    record ByEventIds(List<EventLogId> ids) implements EventSelector {
        /**
         * Refuses no ids and more than {@link EventSelector#MAX_EVENT_IDS}.
         *
         * @param ids the event log ids, in request order
         */
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

    /**
     * By {@code eventName} and {@code eventReferenceIds}: the events of that name known by these references.
     *
     * @param eventName one of the sixteen explodable names
     * @param referenceIds the reference ids, without repeats, in request order; 1 to {@link #MAX_REFERENCE_IDS}
     */
    record ByReferences(EventName eventName, List<String> referenceIds) implements EventSelector {
        /**
         * Refuses no references, more than {@link EventSelector#MAX_REFERENCE_IDS}, and a name without explode detail.
         *
         * @param eventName the event name
         * @param referenceIds the reference ids, in request order
         */
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

package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.EventSubject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a batch of appends must know before it decides on any of its events, asked of
 * {@link LedgerEventRepository#facts} at once.
 *
 * @param subjects  the customers and user groups the events are of: are they the org's?
 * @param uniqueIds the events' unique ids: which has the org recorded?
 * @param bills     the bills the events return: what did each buy, and what has been returned of it?
 */
public record BatchQuestions(Set<EventSubject> subjects, Set<String> uniqueIds, Set<BillOfSubject> bills) {

    /**
     * Copies the questions, each set in the order given.
     *
     * @param subjects  the customers and user groups the events are of
     * @param uniqueIds the events' unique ids
     * @param bills     the bills the events return
     */
    public BatchQuestions {
        subjects = ordered(subjects);
        uniqueIds = ordered(uniqueIds);
        bills = ordered(bills);
    }

    /**
     * The questions of {@code events}, about to be appended together.
     *
     * @param events the batch, all of one org
     * @return their subjects, unique ids and returned bills
     */
    public static BatchQuestions of(List<NewEvent> events) {
        var subjects = new LinkedHashSet<EventSubject>();
        var uniqueIds = new LinkedHashSet<String>();
        var bills = new LinkedHashSet<BillOfSubject>();
        for (var appending : events) {
            var event = appending.event();
            subjects.add(event.subject());
            uniqueIds.add(event.uniqueId());
            BillOfSubject.returnedBy(event).ifPresent(bills::add);
        }
        return new BatchQuestions(subjects, uniqueIds, bills);
    }

    private static <T> Set<T> ordered(Collection<T> values) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}

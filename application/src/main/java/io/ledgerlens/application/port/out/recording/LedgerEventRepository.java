package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.ReturnableBill;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an append may do within its unit of work ({@link RecordLedgerPort#inLedgerOf}). Each read takes the locks
 * that keep its answer true until the unit of work commits, so a caller reads first what it decides on, in this
 * order: the unique ids ({@link #recorded}), then the bills ({@link #returnable}), then {@link #append}.
 */
public interface LedgerEventRepository {

    /**
     * Which of {@code uniqueIds} the org has recorded, each with its event and fingerprint. A unique id asked for
     * here cannot be recorded by anyone else until this unit of work ends: a concurrent writer of the same id waits,
     * then sees this one's event.
     *
     * @param uniqueIds the writers' unique ids of the events about to be appended
     * @return the recorded ones, by unique id; an id the org has not recorded is absent
     */
    Map<String, RecordedEvent> recorded(Collection<String> uniqueIds);

    /**
     * What each of {@code bills} bought and has returned so far in the org. Concurrent returns of one bill number
     * are read one after the other: each sees what the other appended once it committed.
     *
     * @param bills the bills the events about to be appended return
     * @return one entry for every bill asked for, what it bought and has returned; one nothing was bought under
     *         is {@link io.ledgerlens.domain.event.ReturnableBill#nothingBought}
     */
    Map<BillOfSubject, ReturnableBill> returnable(Collection<BillOfSubject> bills);

    /**
     * Writes {@code events} whole, in order, and links them onto the org's chain with their fingerprints. Their
     * unique ids must not be recorded (asked for first through {@link #recorded}).
     *
     * @param events the events with their fingerprints, in the order they are recorded
     */
    void append(List<NewEvent> events);
}

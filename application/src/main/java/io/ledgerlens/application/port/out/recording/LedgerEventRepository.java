package io.ledgerlens.application.port.out.recording;

import java.util.List;

/**
 * What an append may do within its unit of work ({@link RecordLedgerPort#inLedgerOf}): first learn what its
 * decisions rest on ({@link #facts}), under the locks that keep it true until the unit of work commits; then
 * {@link #append} what it decided.
 */
public interface LedgerEventRepository {

    /**
     * Everything a batch decides on, asked at once (the store answers in one round trip): which of the subjects are
     * the org's customers and groups; which unique ids the org has recorded, each with its event and fingerprint; and
     * what each returned bill bought and has returned so far in the org.
     *
     * <p>A unique id asked for here cannot be recorded by anyone else until this unit of work ends: a concurrent
     * writer of the same id waits, then sees this one's event. Concurrent returns of one bill number are read one
     * after the other: each sees what the other appended once it committed. Locks are taken in one order by every
     * writer (unique ids, then bills), so writers never wait on each other in a circle.
     *
     * @param questions the subjects, unique ids and returned bills of the events about to be appended
     * @return the answers, as the org's ledger holds them once the locks are held
     */
    BatchFacts facts(BatchQuestions questions);

    /**
     * Writes {@code events} whole, in order, and links them onto the org's chain with their fingerprints. Their
     * unique ids must not be recorded (asked for first through {@link #facts}).
     *
     * @param events the events with their fingerprints, in the order they are recorded
     */
    void append(List<NewEvent> events);
}

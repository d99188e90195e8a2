package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.ReturnableBill;
import java.util.Map;
import java.util.Set;

/**
 * The answers to a batch's {@link BatchQuestions}, as the org's ledger holds them under the unit of work's locks.
 *
 * @param knownSubjects those of the asked subjects that are customers or user groups of the org
 * @param recorded      the asked unique ids the org has recorded, each with its event and fingerprint; an id the org
 *                      has not recorded is absent
 * @param returnable    every asked bill, with what it bought and has returned so far; one nothing was bought under is
 *                      {@link ReturnableBill#nothingBought}
 */
public record BatchFacts(Set<EventSubject> knownSubjects, Map<String, RecordedEvent> recorded,
                         Map<BillOfSubject, ReturnableBill> returnable) {

    /**
     * Copies the answers.
     *
     * @param knownSubjects the asked subjects that are the org's
     * @param recorded      the asked unique ids the org has recorded
     * @param returnable    every asked bill, with what it bought and has returned
     */
    public BatchFacts {
        knownSubjects = Set.copyOf(knownSubjects);
        recorded = Map.copyOf(recorded);
        returnable = Map.copyOf(returnable);
    }
}

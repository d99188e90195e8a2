package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;

/**
 * Whose ledger to read in one org: a customer or a user group of that org.
 *
 * @param orgId   the org whose ledger holds the events
 * @param subject the customer or user group of that org
 */
public record LedgerOwner(OrgId orgId, EventSubject subject) {

    /**
     * Refuses a missing org or subject.
     *
     * @param orgId   the org whose ledger holds the events
     * @param subject the customer or user group of that org
     */
    public LedgerOwner {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(subject, "subject");
    }
}

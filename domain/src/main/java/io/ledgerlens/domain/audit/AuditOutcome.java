package io.ledgerlens.domain.audit;

/** Whether what an audit record describes happened. */
public enum AuditOutcome {
    DONE, REFUSED
}

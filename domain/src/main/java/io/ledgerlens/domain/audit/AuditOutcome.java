package io.ledgerlens.domain.audit;

/** Whether what an audit record describes happened. */
public enum AuditOutcome {
    /** It happened: the sign-in let the caller in, the credential was issued, the org connected. */
    DONE,
    /** It was refused and nothing changed. */
    REFUSED
}

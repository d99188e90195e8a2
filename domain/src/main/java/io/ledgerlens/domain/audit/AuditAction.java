package io.ledgerlens.domain.audit;

/** What an audit record is about: who may sign in, and who may see whose ledger. */
public enum AuditAction {
    /** A sign-in that was refused: a wrong password or key, an unknown or revoked name, a bad or expired token. */
    SIGN_IN_FAILED,
    /** A credential issued, by the operator or an org admin. */
    CREDENTIAL_ISSUED,
    /** A credential revoked. */
    CREDENTIAL_REVOKED,
    /** An org created by the operator. */
    ORG_CREATED,
    /** A child connected to a parent: from then on they read each other's ledger on v2.1. */
    ORG_CONNECTED,
    /** A child disconnected from its parent. */
    ORG_DISCONNECTED,
    /** An org admin changed its own org's settings. */
    ORG_SETTINGS_CHANGED,
    /** An org admin asked for a change of the org tree or of another org, which is never theirs to make. */
    ORG_TREE_CHANGE_REFUSED
}

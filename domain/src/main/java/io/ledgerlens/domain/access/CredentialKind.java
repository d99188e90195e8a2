package io.ledgerlens.domain.access;

/** How a credential is presented. */
public enum CredentialKind {
    /** A till integration: HTTP Basic with a username and the lower-case hex MD5 of its password. */
    TILL_USER,
    /** A server integration: a client key and secret, exchanged for a short-lived token. */
    API_CLIENT
}

package io.ledgerlens.adapter.web.access;

import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;

/**
 * What a failed sign-in is counted against: the name presented, from one
 * client address. A till user's username and an API client's key are names; a
 * token is its own name (by its digest: a token's {@code sub} is not known to
 * be ours before its signature is checked, and one a stranger chose must not
 * count against the credential it names). So a stranger's failures under other
 * names, or from other addresses, never lock a credential out.
 */
record SignInKey(String presented, String address) {

    static SignInKey of(CredentialKind kind, CredentialName name, String address) {
        return new SignInKey(kind.name() + ":" + name.value(), address);
    }

    /** A token, by its {@link JwtTokens#digest}. */
    static SignInKey ofToken(String digest, String address) {
        return new SignInKey("TOKEN:" + digest, address);
    }
}

package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.access.CredentialId;

/**
 * Tells who presents a credential. A till user proves itself with the hex MD5
 * of its password, an API client with its secret; a token holder was proven
 * when its token was issued and is still in if its credential was not revoked
 * since. A revoked credential stops working at once, on every instance.
 */
public interface AuthenticateCallerUseCase {

    AuthenticationOutcome tillUser(String username, String passwordMd5Hex);

    AuthenticationOutcome apiClient(String key, String secret);

    AuthenticationOutcome tokenHolder(CredentialId credential);
}

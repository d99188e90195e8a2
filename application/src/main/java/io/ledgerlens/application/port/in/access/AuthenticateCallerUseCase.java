package io.ledgerlens.application.port.in.access;

import io.ledgerlens.domain.access.CredentialId;

/**
 * Tells who presents a credential. A till user proves itself with the hex MD5
 * of its password, an API client with its secret; a token holder was proven
 * when its token was issued and is still in if its credential was not revoked
 * since. A revoked credential stops working at once, on every instance.
 *
 * <p>{@code clientAddress} is where the attempt came from, as the adapter
 * established it: every refused sign-in is written to the audit log with it.
 */
public interface AuthenticateCallerUseCase {

    AuthenticationOutcome tillUser(String username, String passwordMd5Hex, String clientAddress);

    AuthenticationOutcome apiClient(String key, String secret, String clientAddress);

    AuthenticationOutcome tokenHolder(CredentialId credential, String clientAddress);

    /**
     * A token the adapter refused before it named a credential (not ours, forged, malformed, expired): recorded
     * as a failed sign-in from {@code clientAddress}. {@code why} is the adapter's reason, never the token.
     */
    void tokenRefused(String clientAddress, String why);
}

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

    /**
     * A till user signs in with Basic: its username and the hex MD5 of its password, in either case of hex digits.
     *
     * @param username       the name the till user was issued under
     * @param passwordMd5Hex the hex MD5 of its password; anything that is not 32 hex digits is refused unchecked
     * @param clientAddress  where the attempt came from, kept in the audit log when it is refused
     * @return the caller the credential stands for, or why it does not let its holder in
     */
    AuthenticationOutcome tillUser(String username, String passwordMd5Hex, String clientAddress);

    /**
     * An API client presents its key and secret, to be traded for a token.
     *
     * @param key           the client's key (its credential name)
     * @param secret        the secret it was issued with; an empty one is refused unchecked
     * @param clientAddress where the attempt came from, kept in the audit log when it is refused
     * @return the caller the credential stands for, or why it does not let its holder in
     */
    AuthenticationOutcome apiClient(String key, String secret, String clientAddress);

    /**
     * A token the adapter verified names {@code credential}: its holder is in while that credential is not revoked.
     * No secret is checked again; the credential is read, so a revoke takes effect on the next request.
     *
     * @param credential    the credential the token was issued to
     * @param clientAddress where the request came from, kept in the audit log when it is refused
     * @return the caller the credential stands for now, or why it no longer lets its holder in
     */
    AuthenticationOutcome tokenHolder(CredentialId credential, String clientAddress);

    /**
     * A token the adapter refused before it named a credential (not ours, forged, malformed, expired): recorded
     * as a failed sign-in from {@code clientAddress}. {@code why} is the adapter's reason, never the token.
     *
     * @param clientAddress where the token came from
     * @param why           what was wrong with it, in words fit for the audit log
     */
    void tokenRefused(String clientAddress, String why);
}

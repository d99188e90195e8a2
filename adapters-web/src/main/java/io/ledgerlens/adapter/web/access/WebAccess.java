package io.ledgerlens.adapter.web.access;

import io.ledgerlens.application.port.in.access.AuthenticateCallerUseCase;
import io.ledgerlens.application.port.in.access.ManageCredentialsUseCase;
import java.util.Objects;

/** Everything the web needs to let callers in: who they are, their tokens, their limits, their admins. */
public final class WebAccess {

    private final AuthenticateCallerUseCase authenticate;
    private final ManageCredentialsUseCase credentials;
    private final JwtTokens tokens;
    private final AccessLimits limits;
    private final FailedSignIns failedSignIns;

    /**
     * Over the access use cases, the token signer and the limits; the failed sign-ins are counted once, for the guard
     * and the token endpoint together.
     *
     * @param authenticate signs a caller in by a credential's name and secret, or by a token's credential
     * @param credentials what the credential routes ask
     * @param tokens issues and checks access tokens
     * @param limits how often callers may do what
     */
    public WebAccess(AuthenticateCallerUseCase authenticate, ManageCredentialsUseCase credentials, JwtTokens tokens,
                     AccessLimits limits) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.failedSignIns = new FailedSignIns(limits.failedSignIns());
    }

    /**
     * The guard every route but the public ones stands behind.
     *
     * @return a guard over Basic and Bearer sign-in, the failed sign-ins and the per-credential rate
     */
    public AccessGuard guard() {
        return new AccessGuard(new Authenticator(authenticate, tokens, failedSignIns, limits.clientAddresses()),
                limits.requests(), failedSignIns);
    }

    /**
     * The token endpoint, public (an API client signs in with its key and secret there).
     *
     * @return the token routes, sharing the guard's count of failed sign-ins
     */
    public TokenRoutes tokenRoutes() {
        return new TokenRoutes(authenticate, tokens, failedSignIns, limits.tokenMints(), limits.clientAddresses());
    }

    /**
     * The routes on which an org's admins issue and revoke its credentials.
     *
     * @return the credential routes, to add behind the guard
     */
    public CredentialRoutes credentialRoutes() {
        return new CredentialRoutes(credentials);
    }
}

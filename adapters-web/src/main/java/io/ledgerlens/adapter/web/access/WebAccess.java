package io.ledgerlens.adapter.web.access;

import io.ledgerlens.application.port.in.AuthenticateCallerUseCase;
import io.ledgerlens.application.port.in.ManageCredentialsUseCase;
import java.util.Objects;

/** Everything the web needs to let callers in: who they are, their tokens, their limits, their admins. */
public final class WebAccess {

    private final AuthenticateCallerUseCase authenticate;
    private final ManageCredentialsUseCase credentials;
    private final JwtTokens tokens;
    private final RateLimits limits;
    private final FailedSignIns failedSignIns;

    /**
     * {@code limits}: requests per credential; {@code failedSignInLimits}: failed sign-ins (a bad password,
     * key or token) per client address, after which the address is turned away until its allowance refills.
     */
    public WebAccess(AuthenticateCallerUseCase authenticate, ManageCredentialsUseCase credentials, JwtTokens tokens,
                     RateLimits limits, RateLimits failedSignInLimits) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.failedSignIns = new FailedSignIns(Objects.requireNonNull(failedSignInLimits, "failedSignInLimits"));
    }

    public AccessGuard guard() {
        return new AccessGuard(new Authenticator(authenticate, tokens), limits, failedSignIns);
    }

    public TokenRoutes tokenRoutes() {
        return new TokenRoutes(authenticate, tokens, failedSignIns);
    }

    public CredentialRoutes credentialRoutes() {
        return new CredentialRoutes(credentials);
    }
}

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

    public WebAccess(AuthenticateCallerUseCase authenticate, ManageCredentialsUseCase credentials, JwtTokens tokens,
                     AccessLimits limits) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.failedSignIns = new FailedSignIns(limits.failedSignIns());
    }

    public AccessGuard guard() {
        return new AccessGuard(new Authenticator(authenticate, tokens, failedSignIns, limits.clientAddresses()),
                limits.requests(), failedSignIns);
    }

    public TokenRoutes tokenRoutes() {
        return new TokenRoutes(authenticate, tokens, failedSignIns, limits.tokenMints(), limits.clientAddresses());
    }

    public CredentialRoutes credentialRoutes() {
        return new CredentialRoutes(credentials);
    }
}

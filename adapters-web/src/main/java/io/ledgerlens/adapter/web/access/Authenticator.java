package io.ledgerlens.adapter.web.access;

import io.javalin.http.Context;
import io.ledgerlens.application.port.in.AuthenticateCallerUseCase;
import io.ledgerlens.application.port.in.AuthenticationOutcome;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Reads the credential a request presents: a token in {@code X-CAP-API-OAUTH-TOKEN}
 * or {@code Authorization: Bearer}, or till-user Basic. A request presenting
 * a token is judged by its token alone, so a bad token is never rescued by a
 * Basic header beside it.
 */
final class Authenticator {

    static final String OAUTH_TOKEN_HEADER = "X-CAP-API-OAUTH-TOKEN";

    private final AuthenticateCallerUseCase authenticate;
    private final JwtTokens tokens;

    Authenticator(AuthenticateCallerUseCase authenticate, JwtTokens tokens) {
        this.authenticate = authenticate;
        this.tokens = tokens;
    }

    Passage authenticate(Context ctx) {
        var authorization = ctx.header("Authorization");
        var token = ctx.header(OAUTH_TOKEN_HEADER);
        if (token == null && authorization != null && scheme(authorization, "bearer")) {
            token = authorization.substring("bearer".length()).strip();
        }
        if (token != null) {
            return byToken(token.strip());
        }
        if (authorization != null && scheme(authorization, "basic")) {
            return byBasic(authorization.substring("basic".length()).strip());
        }
        return new Passage.Unauthorized();
    }

    private Passage byToken(String token) {
        var check = tokens.check(token);
        if (check instanceof TokenCheck.Valid valid) {
            return passageOf(authenticate.tokenHolder(valid.credential()));
        }
        if (check instanceof TokenCheck.Expired expired) {
            return new Passage.Expired(expired.expiredAt());
        }
        return new Passage.Unauthorized();
    }

    private Passage byBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return new Passage.Unauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return new Passage.Unauthorized();
        }
        return passageOf(authenticate.tillUser(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static Passage passageOf(AuthenticationOutcome outcome) {
        if (outcome instanceof AuthenticationOutcome.Authenticated authenticated) {
            return new Passage.Admitted(authenticated.caller());
        }
        return outcome instanceof AuthenticationOutcome.Unavailable ? new Passage.Unavailable() : new Passage.Unauthorized();
    }

    private static boolean scheme(String authorization, String scheme) {
        return authorization.length() > scheme.length()
                && authorization.substring(0, scheme.length()).toLowerCase(Locale.ROOT).equals(scheme)
                && authorization.charAt(scheme.length()) == ' ';
    }
}

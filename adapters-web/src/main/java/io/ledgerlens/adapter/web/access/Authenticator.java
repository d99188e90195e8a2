package io.ledgerlens.adapter.web.access;

import io.javalin.http.Context;
import io.ledgerlens.application.port.in.access.AuthenticateCallerUseCase;
import io.ledgerlens.application.port.in.access.AuthenticationOutcome;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Reads the credential a request presents: a token in {@code X-CAP-API-OAUTH-TOKEN}
 * or {@code Authorization: Bearer}, or till-user Basic. A request presenting
 * a token is judged by its token alone, so a bad token is never rescued by a
 * Basic header beside it.
 *
 * <p>Failed sign-ins are counted per presented name and client address
 * ({@link FailedSignIns}): a till user's failure before its Argon2id check
 * starts; a token's (bad, expired, revoked) once it is judged, which costs at
 * most one signature check per token ({@link JwtTokens}). A request without a
 * readable credential, or with a name no credential can have, is refused
 * without a check and counts against nobody.
 */
final class Authenticator {

    static final String OAUTH_TOKEN_HEADER = "X-CAP-API-OAUTH-TOKEN";

    private final AuthenticateCallerUseCase authenticate;
    private final JwtTokens tokens;
    private final FailedSignIns failedSignIns;
    private final ClientAddresses addresses;

    Authenticator(AuthenticateCallerUseCase authenticate, JwtTokens tokens, FailedSignIns failedSignIns,
                  ClientAddresses addresses) {
        this.authenticate = authenticate;
        this.tokens = tokens;
        this.failedSignIns = failedSignIns;
        this.addresses = addresses;
    }

    Passage authenticate(Context ctx) {
        var authorization = ctx.header("Authorization");
        var token = ctx.header(OAUTH_TOKEN_HEADER);
        if (token == null && authorization != null && scheme(authorization, "bearer")) {
            token = authorization.substring("bearer".length()).strip();
        }
        if (token != null) {
            return byToken(token.strip(), addresses.of(ctx));
        }
        if (authorization != null && scheme(authorization, "basic")) {
            return byBasic(authorization.substring("basic".length()).strip(), addresses.of(ctx));
        }
        return new Passage.Unauthorized();
    }

    private Passage byToken(String token, String address) {
        var digest = JwtTokens.digest(token);
        var key = SignInKey.ofToken(digest, address);
        var wait = failedSignIns.waitBefore(key);
        if (wait.isPresent()) {
            return new Passage.TurnedAway(wait.getAsLong());
        }
        return tokens.check(token, digest).fold(
                valid -> holderOf(valid.credential(), key, address),
                expiredAt -> refused(key, address, "a token of ours that expired at " + expiredAt, new Passage.Expired(expiredAt)),
                why -> refused(key, address, "a token that is not a valid one of ours: " + why, new Passage.Unauthorized()));
    }

    /** A token refused here, before it named a credential: counted, and recorded by the use case. */
    private Passage refused(SignInKey key, String address, String why, Passage passage) {
        authenticate.tokenRefused(address, why);
        return failed(key, passage);
    }

    private Passage holderOf(CredentialId credential, SignInKey key, String address) {
        return authenticate.tokenHolder(credential, address).fold(Passage.Admitted::new,
                () -> failed(key, new Passage.Unauthorized()), Passage.Unavailable::new,
                retryAfter -> new Passage.Busy(AccessResponses.seconds(retryAfter)));
    }

    private Passage failed(SignInKey key, Passage passage) {
        failedSignIns.count(key);
        return passage;
    }

    private Passage byBasic(String encoded, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return new Passage.Unauthorized();
        }
        int colon = decoded.indexOf(':');
        var name = CredentialName.parse(colon <= 0 ? null : decoded.substring(0, colon));
        if (name.isLeft()) {
            return new Passage.Unauthorized();
        }
        var passwordMd5Hex = decoded.substring(colon + 1);
        return failedSignIns.attempt(SignInKey.of(CredentialKind.TILL_USER, name.get(), address),
                () -> authenticate.tillUser(name.get().value(), passwordMd5Hex, address))
                .fold(Passage.TurnedAway::new, Authenticator::passageOf);
    }

    private static Passage passageOf(AuthenticationOutcome outcome) {
        return outcome.fold(Passage.Admitted::new, Passage.Unauthorized::new, Passage.Unavailable::new,
                retryAfter -> new Passage.Busy(AccessResponses.seconds(retryAfter)));
    }

    private static boolean scheme(String authorization, String scheme) {
        return authorization.length() > scheme.length()
                && authorization.substring(0, scheme.length()).toLowerCase(Locale.ROOT).equals(scheme)
                && authorization.charAt(scheme.length()) == ' ';
    }
}

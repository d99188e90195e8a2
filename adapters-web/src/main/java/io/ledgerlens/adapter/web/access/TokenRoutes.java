package io.ledgerlens.adapter.web.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.http.JsonBodies;
import io.ledgerlens.adapter.web.http.JsonResponses;
import io.ledgerlens.adapter.web.http.ProblemResponses;
import io.ledgerlens.adapter.web.http.RefusalReasons;
import io.ledgerlens.application.port.in.access.AuthenticateCallerUseCase;
import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.explode.Problem;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v3/oauth/token/generate}: an API client's key and secret for
 * a token, answered in the contract's {@code {"data", "errors"}} shape. A
 * wrong secret counts as a failed sign-in of that key from the client's
 * address; a client that asks for tokens more often than its mint limit
 * allows is answered 429 (a token lives {@link JwtTokens#LIFETIME}: one is
 * enough until then).
 */
public final class TokenRoutes {

    /** The token endpoint, public: the key and secret in its body are the credential. */
    public static final String PATH = "/v3/oauth/token/generate";
    static final int INVALID_CLIENT = 320001;

    private final AuthenticateCallerUseCase authenticate;
    private final JwtTokens tokens;
    private final FailedSignIns failedSignIns;
    private final RateLimits mintLimits;
    private final ClientAddresses addresses;
    private final JsonBodies bodies = new JsonBodies();

    TokenRoutes(AuthenticateCallerUseCase authenticate, JwtTokens tokens, FailedSignIns failedSignIns,
                RateLimits mintLimits, ClientAddresses addresses) {
        this.authenticate = authenticate;
        this.tokens = tokens;
        this.failedSignIns = failedSignIns;
        this.mintLimits = mintLimits;
        this.addresses = addresses;
    }

    record ClientJson(String key, String secret) {
    }

    record TokenJson(String accessToken, long ttlSeconds) {
    }

    record TokenErrorJson(int code, String message) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TokenAnswerJson(TokenJson data, List<TokenErrorJson> errors) {
    }

    /**
     * Adds the token endpoint, outside the access guard.
     *
     * @param routes the server's routes
     */
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::generate);
    }

    private void generate(Context ctx) {
        var client = bodies.parse(ctx.bodyAsBytes(), ClientJson.class, "a JSON object is required")
                .fold(unreadable -> Optional.<ClientJson>empty(), Optional::of)
                .filter(body -> body.key() != null && body.secret() != null);
        if (client.isEmpty()) {
            JsonResponses.send(ctx, HttpStatus.BAD_REQUEST, new TokenAnswerJson(null, List.of(new TokenErrorJson(400,
                    "The body must be JSON: {\"key\": \"<client key>\", \"secret\": \"<client secret>\"}"))));
            return;
        }
        var key = CredentialName.parse(client.get().key());
        if (key.isLeft()) {
            // No client has such a key: nothing to check, nobody to count it against.
            invalidClient(ctx);
            return;
        }
        var address = addresses.of(ctx);
        failedSignIns.attempt(SignInKey.of(CredentialKind.API_CLIENT, key.get(), address),
                        () -> authenticate.apiClient(key.get().value(), client.get().secret(), address))
                .<Runnable>fold(
                        wait -> () -> AccessResponses.tooManyFailedSignIns(ctx, wait, failedSignIns.allowance()),
                        outcome -> outcome.<Runnable>fold(
                                caller -> () -> mint(ctx, caller),
                                () -> () -> invalidClient(ctx),
                                () -> () -> ProblemResponses.refuse(ctx, List.of(Problem.ledgerUnavailable())),
                                retryAfter -> () -> AccessResponses.busy(ctx, AccessResponses.seconds(retryAfter))))
                .run();
    }

    private void mint(Context ctx, Caller caller) {
        var wait = mintLimits.waitBeforeNext(caller.credential());
        if (wait.isPresent()) {
            AccessResponses.tooManyTokens(ctx, wait.getAsLong(), mintLimits);
            return;
        }
        JsonResponses.send(ctx, HttpStatus.OK, new TokenAnswerJson(
                new TokenJson(tokens.issue(caller), JwtTokens.LIFETIME.toSeconds()), null));
    }

    private static void invalidClient(Context ctx) {
        RefusalReasons.because(ctx, RefusalReasons.UNAUTHORIZED);
        JsonResponses.send(ctx, HttpStatus.UNAUTHORIZED, new TokenAnswerJson(null,
                List.of(new TokenErrorJson(INVALID_CLIENT, "Invalid client key and secret"))));
    }
}

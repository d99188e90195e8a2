package io.ledgerlens.adapter.web.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.error.ProblemResponses;
import io.ledgerlens.adapter.web.server.JsonResponses;
import io.ledgerlens.adapter.web.write.JsonBodies;
import io.ledgerlens.application.port.in.AuthenticateCallerUseCase;
import io.ledgerlens.application.port.in.AuthenticationOutcome;
import io.ledgerlens.domain.explode.Problem;
import java.util.List;

/**
 * {@code POST /v3/oauth/token/generate}: an API client's key and secret for
 * a token, answered in the contract's {@code {"data", "errors"}} shape.
 */
public final class TokenRoutes {

    public static final String PATH = "/v3/oauth/token/generate";
    static final int INVALID_CLIENT = 320001;

    private final AuthenticateCallerUseCase authenticate;
    private final JwtTokens tokens;
    private final FailedSignIns failedSignIns;
    private final JsonBodies bodies = new JsonBodies();

    TokenRoutes(AuthenticateCallerUseCase authenticate, JwtTokens tokens, FailedSignIns failedSignIns) {
        this.authenticate = authenticate;
        this.tokens = tokens;
        this.failedSignIns = failedSignIns;
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

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::generate);
    }

    private void generate(Context ctx) {
        if (failedSignIns.refused(ctx)) {
            return;
        }
        var parsed = bodies.parse(ctx.bodyAsBytes(), ClientJson.class);
        if (parsed.problem() != null || parsed.value().key() == null || parsed.value().secret() == null) {
            JsonResponses.send(ctx, HttpStatus.BAD_REQUEST, new TokenAnswerJson(null, List.of(new TokenErrorJson(400,
                    "The body must be JSON: {\"key\": \"<client key>\", \"secret\": \"<client secret>\"}"))));
            return;
        }
        var outcome = authenticate.apiClient(parsed.value().key(), parsed.value().secret());
        if (outcome instanceof AuthenticationOutcome.Authenticated authenticated) {
            JsonResponses.send(ctx, HttpStatus.OK, new TokenAnswerJson(
                    new TokenJson(tokens.issue(authenticated.caller()), JwtTokens.LIFETIME.toSeconds()), null));
        } else if (outcome instanceof AuthenticationOutcome.Unavailable) {
            ProblemResponses.refuse(ctx, List.of(Problem.ledgerUnavailable()));
        } else {
            failedSignIns.count(ctx);
            JsonResponses.send(ctx, HttpStatus.UNAUTHORIZED, new TokenAnswerJson(null,
                    List.of(new TokenErrorJson(INVALID_CLIENT, "Invalid client key and secret"))));
        }
    }
}

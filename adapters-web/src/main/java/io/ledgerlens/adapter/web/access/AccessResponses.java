package io.ledgerlens.adapter.web.access;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.http.ErrorEnvelopeJson;
import io.ledgerlens.adapter.web.http.JsonResponses;
import io.ledgerlens.adapter.web.http.RefusalReasons;
import java.time.Duration;
import java.time.Instant;

/** The contract's answers (§2) for a request that may not go on, the same on every route. */
final class AccessResponses {

    static final int UNAUTHORIZED = 401;
    static final int TOKEN_EXPIRED = 498;
    static final int ACCESS_DENIED = 4000;
    static final int TOO_MANY_REQUESTS = 429;

    private AccessResponses() {
    }

    static void unauthorized(Context ctx) {
        // A page's script (X-Requested-With: XMLHttpRequest, as /explore sends) handles the 401 itself: a Basic
        // challenge would make the browser open its own sign-in dialog over the page, so it is left out.
        ctx.header("WWW-Authenticate", fromAScript(ctx) ? "Bearer realm=\"LedgerLens\""
                : "Basic realm=\"LedgerLens\", Bearer realm=\"LedgerLens\"");
        RefusalReasons.because(ctx, RefusalReasons.UNAUTHORIZED);
        JsonResponses.send(ctx, HttpStatus.UNAUTHORIZED, ErrorEnvelopeJson.single(UNAUTHORIZED, "Unauthorized"));
    }

    private static boolean fromAScript(Context ctx) {
        return "XMLHttpRequest".equalsIgnoreCase(ctx.header("X-Requested-With"));
    }

    static void expired(Context ctx, Instant at) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"LedgerLens\", error=\"invalid_token\"");
        RefusalReasons.because(ctx, RefusalReasons.TOKEN_EXPIRED);
        JsonResponses.send(ctx, HttpStatus.UNAUTHORIZED, ErrorEnvelopeJson.single(TOKEN_EXPIRED, "Token expired at " + at));
    }

    static void forbidden(Context ctx) {
        RefusalReasons.because(ctx, RefusalReasons.ACCESS_DENIED);
        JsonResponses.send(ctx, HttpStatus.FORBIDDEN, ErrorEnvelopeJson.single(ACCESS_DENIED, "Not authorized. Access is denied!"));
    }

    static void tooManyFailedSignIns(Context ctx, long retryAfterSeconds, RateLimits limits) {
        RefusalReasons.because(ctx, RefusalReasons.FAILED_SIGN_INS);
        tooMany(ctx, retryAfterSeconds, "Too many failed sign-ins with this credential from this address: at most "
                + limits.requests() + " per " + limits.period().toSeconds() + " s");
    }

    static void tooManyRequests(Context ctx, long retryAfterSeconds, RateLimits limits) {
        RefusalReasons.because(ctx, RefusalReasons.RATE_LIMITED);
        tooMany(ctx, retryAfterSeconds, "Too many requests: at most " + limits.requests() + " per "
                + limits.period().toSeconds() + " s for one credential");
    }

    static void tooManyTokens(Context ctx, long retryAfterSeconds, RateLimits limits) {
        RefusalReasons.because(ctx, RefusalReasons.TOKEN_MINT_LIMITED);
        tooMany(ctx, retryAfterSeconds, "Too many tokens: at most " + limits.requests() + " per "
                + limits.period().toSeconds() + " s for one API client; a token is valid " + JwtTokens.LIFETIME.toSeconds()
                + " s, use it until then");
    }

    static void busy(Context ctx, long retryAfterSeconds) {
        RefusalReasons.because(ctx, RefusalReasons.SIGN_IN_CHECKS_BUSY);
        tooMany(ctx, retryAfterSeconds, "Too many sign-ins are being checked at once");
    }

    /** Whole seconds to wait, rounded up, at least one. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static void tooMany(Context ctx, long retryAfterSeconds, String why) {
        ctx.header("Retry-After", Long.toString(retryAfterSeconds));
        JsonResponses.send(ctx, HttpStatus.TOO_MANY_REQUESTS, ErrorEnvelopeJson.single(TOO_MANY_REQUESTS,
                why + "; retry after " + retryAfterSeconds + " s"));
    }
}

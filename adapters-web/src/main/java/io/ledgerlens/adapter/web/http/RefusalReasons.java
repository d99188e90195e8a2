package io.ledgerlens.adapter.web.http;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Why a request was refused (401, 403, 429, 503), in a word an operator can count and alert on: the status alone
 * does not tell a till's expired token from a stranger's wrong passwords, or a rate limit from a busy sign-in check.
 */
public final class RefusalReasons {

    public static final String UNAUTHORIZED = "unauthorized";
    public static final String TOKEN_EXPIRED = "token_expired";
    public static final String ACCESS_DENIED = "access_denied";
    public static final String FAILED_SIGN_INS = "failed_sign_ins";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String TOKEN_MINT_LIMITED = "token_mint_limited";
    public static final String SIGN_IN_CHECKS_BUSY = "sign_in_checks_busy";
    public static final String LEDGER_UNAVAILABLE = "ledger_unavailable";

    private static final String ATTRIBUTE = "ledgerlens.refusal";

    private RefusalReasons() {
    }

    public static void because(Context ctx, String reason) {
        ctx.attribute(ATTRIBUTE, reason);
    }

    public static Optional<String> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }
}

package io.ledgerlens.adapter.web.http;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Why a request was refused (401, 403, 429, 503), in a word an operator can count and alert on: the status alone
 * does not tell a till's expired token from a stranger's wrong passwords, or a rate limit from a busy sign-in check.
 */
public final class RefusalReasons {

    /** 401: no credential, or one that does not sign in. */
    public static final String UNAUTHORIZED = "unauthorized";
    /** 401: a token past its expiry; the client mints a new one. */
    public static final String TOKEN_EXPIRED = "token_expired";
    /** 403: signed in, without the right or the org the request needs. */
    public static final String ACCESS_DENIED = "access_denied";
    /** 429: too many failed sign-ins with one credential from one address. */
    public static final String FAILED_SIGN_INS = "failed_sign_ins";
    /** 429: one credential past its request rate. */
    public static final String RATE_LIMITED = "rate_limited";
    /** 429: one API client past its rate of minting tokens. */
    public static final String TOKEN_MINT_LIMITED = "token_mint_limited";
    /** 429: every slot for a full secret check taken, so this one was not made. */
    public static final String SIGN_IN_CHECKS_BUSY = "sign_in_checks_busy";
    /** 503: the ledger store did not answer. */
    public static final String LEDGER_UNAVAILABLE = "ledger_unavailable";

    private static final String ATTRIBUTE = "ledgerlens.refusal";

    private RefusalReasons() {
    }

    /**
     * Notes why {@code ctx}'s request is being refused, for the refusal metrics to count.
     *
     * @param ctx the request being refused
     * @param reason one of this class's reasons
     */
    public static void because(Context ctx, String reason) {
        ctx.attribute(ATTRIBUTE, reason);
    }

    /**
     * Why {@code ctx}'s request was refused, if a reason was noted.
     *
     * @param ctx the request, once answered
     * @return the reason; empty for a refusal that noted none
     */
    public static Optional<String> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }
}

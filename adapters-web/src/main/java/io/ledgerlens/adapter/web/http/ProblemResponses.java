package io.ledgerlens.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.domain.explode.ErrorCode;
import io.ledgerlens.domain.explode.Problem;
import java.util.List;

/**
 * Answers a refused request: the contract's envelope, HTTP 400, except a
 * ledger that cannot answer, which is 503 with {@code Retry-After} so that
 * clients and load balancers back off and try again.
 */
public final class ProblemResponses {

    /** Seconds a client should wait before retrying when the ledger store is away. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private ProblemResponses() {
    }

    /**
     * Refuses the request with every one of {@code problems}, in the contract's order.
     *
     * @param ctx the request to answer
     * @param problems the problems the explode query found; one of code 9003 (the ledger unavailable) makes it a 503
     */
    public static void refuse(Context ctx, List<Problem> problems) {
        var unavailable = problems.stream().anyMatch(p -> p.code() == ErrorCode.LEDGER_UNAVAILABLE);
        if (unavailable) {
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            RefusalReasons.because(ctx, RefusalReasons.LEDGER_UNAVAILABLE);
        }
        JsonResponses.send(ctx, unavailable ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST,
                ErrorEnvelopeJson.of(problems.stream().map(ProblemResponses::item).toList()));
    }

    /**
     * One problem as an item of the envelope.
     *
     * @param problem a problem of the request, or of the store
     * @return the item, with the problem's wire code and message
     */
    public static ErrorItemJson item(Problem problem) {
        return ErrorItemJson.of(problem.code().wireCode(), problem.message());
    }
}

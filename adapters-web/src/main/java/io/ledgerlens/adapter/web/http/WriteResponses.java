package io.ledgerlens.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.explode.Problem;
import java.util.List;

/**
 * How every write answers a refusal: {@code {"errors": [{"field", "code", "message"}]}}
 * with every problem at once. A store that cannot answer gets the explode
 * API's 503 with {@code Retry-After}, so that clients back off the same way
 * whatever they called.
 */
public final class WriteResponses {

    private WriteResponses() {
    }

    /** One problem of a refused write; {@code eventLogId} names the event a reused unique id belongs to. */
    public record WriteProblemJson(String field, String code, String message, Long eventLogId) {

        static WriteProblemJson of(FieldProblem problem) {
            return new WriteProblemJson(problem.field(), problem.code(), problem.message(), null);
        }
    }

    public record WriteErrorsJson(List<WriteProblemJson> errors) {
    }

    public static void refuse(Context ctx, HttpStatus status, List<FieldProblem> problems) {
        errors(ctx, status, problems.stream().map(WriteProblemJson::of).toList());
    }

    public static void errors(Context ctx, HttpStatus status, List<WriteProblemJson> problems) {
        JsonResponses.send(ctx, status, new WriteErrorsJson(problems));
    }

    public static void unavailable(Context ctx) {
        ProblemResponses.refuse(ctx, List.of(Problem.ledgerUnavailable()));
    }
}

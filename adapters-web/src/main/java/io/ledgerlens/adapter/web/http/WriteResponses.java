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

    /**
     * One problem of a refused write; {@code eventLogId} names the event a reused unique id belongs to.
     *
     * @param field the field's path in the body; {@code ""} for the body itself
     * @param code the problem's stable code
     * @param message what is wrong, in words for the integrator
     * @param eventLogId the event already recorded under the unique id sent; {@code null} (left out) otherwise
     */
    public record WriteProblemJson(String field, String code, String message, Long eventLogId) {

        static WriteProblemJson of(FieldProblem problem) {
            return new WriteProblemJson(problem.field(), problem.code(), problem.message(), null);
        }
    }

    /**
     * The body of every refused write.
     *
     * @param errors every problem of the write, at once
     */
    public record WriteErrorsJson(List<WriteProblemJson> errors) {
    }

    /**
     * Refuses the write with every one of {@code problems}.
     *
     * @param ctx the request to answer
     * @param status the refusal's status (400 for problems of the request)
     * @param problems every problem, each at its field path
     */
    public static void refuse(Context ctx, HttpStatus status, List<FieldProblem> problems) {
        errors(ctx, status, problems.stream().map(WriteProblemJson::of).toList());
    }

    /**
     * Refuses the write with problems already in their wire form (one naming an event, say).
     *
     * @param ctx the request to answer
     * @param status the refusal's status
     * @param problems every problem, in wire form
     */
    public static void errors(Context ctx, HttpStatus status, List<WriteProblemJson> problems) {
        JsonResponses.send(ctx, status, new WriteErrorsJson(problems));
    }

    /**
     * Answers 503 with {@code Retry-After} in the explode API's envelope: the store cannot answer.
     *
     * @param ctx the request to answer
     */
    public static void unavailable(Context ctx) {
        ProblemResponses.refuse(ctx, List.of(Problem.ledgerUnavailable()));
    }
}

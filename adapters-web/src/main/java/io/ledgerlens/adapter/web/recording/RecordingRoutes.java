package io.ledgerlens.adapter.web.recording;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.access.Callers;
import io.ledgerlens.adapter.web.access.GuardedRoutes;
import io.ledgerlens.adapter.web.http.JsonResponses;
import io.ledgerlens.adapter.web.http.WriteResponses;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.access.AccessRight;
import java.util.List;

/**
 * {@code POST /v1/ledger/events}: records one event in the caller's org.
 * 201 with its {@code eventLogId}; 200 with the original id for a retry of the
 * same unique id and content; 409 for a unique id reused by other content;
 * 400 with every problem at its field path; 503 when the store cannot answer.
 */
public final class RecordingRoutes {

    /** Where events are posted. */
    public static final String EVENTS_PATH = "/v1/ledger/events";

    private final RecordLedgerEventUseCase recorder;
    private final EventInputReader reader = new EventInputReader();

    /**
     * Over the recording use case.
     *
     * @param recorder records a draft in the caller's org, or says why not
     */
    public RecordingRoutes(RecordLedgerEventUseCase recorder) {
        this.recorder = recorder;
    }

    /**
     * Adds the route, behind {@code LEDGER_WRITE}; a return beyond its purchase is answered 404 (nothing bought
     * under that bill) or 409 (more than is left to return).
     *
     * @param routes the server's routes, behind the access guard
     */
    public void register(GuardedRoutes routes) {
        routes.post(EVENTS_PATH, AccessRight.LEDGER_WRITE, this::record);
    }

    /** The answer to a recorded (or already recorded) event. */
    record RecordedJson(long eventLogId) {
    }

    private void record(Context ctx) {
        var caller = Callers.of(ctx).org();
        reader.read(caller, ctx.bodyAsBytes()).<Runnable>fold(
                        problems -> () -> refuse(ctx, problems),
                        draft -> () -> answer(ctx, recorder.record(caller, draft)))
                .run();
    }

    private static void answer(Context ctx, RecordOutcome outcome) {
        outcome.<Runnable>fold(
                recorded -> () -> JsonResponses.send(ctx, recorded.created() ? HttpStatus.CREATED : HttpStatus.OK,
                        new RecordedJson(recorded.eventLogId().value())),
                reused -> () -> WriteResponses.errors(ctx, HttpStatus.CONFLICT, List.of(new WriteResponses.WriteProblemJson(
                        "uniqueId", "UNIQUE_ID_REUSED", "this uniqueId was used for another event; nothing was written",
                        reused.existing().value()))),
                refused -> () -> refuse(ctx, refused.problems()),
                // Not the request's shape but what the ledger holds: 404 for a bill never bought, 409 for too much of one.
                beyond -> () -> WriteResponses.refuse(ctx, beyond.nothingBought() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                        ReturnExcessProblems.of(beyond.excess())),
                unavailable -> () -> WriteResponses.unavailable(ctx))
                .run();
    }

    private static void refuse(Context ctx, List<FieldProblem> problems) {
        WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, problems);
    }
}

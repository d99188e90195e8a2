package io.ledgerlens.bootstrap.importing;

import io.ledgerlens.adapter.web.recording.EventInputReader;
import io.ledgerlens.adapter.web.recording.ReturnExcessProblems;
import io.ledgerlens.adapter.web.registration.RegistrationLines;
import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.org.OrgId;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Imports a JSON Lines file of events (one {@code POST /v1/ledger/events}
 * body per line) in batches, after the profiles and reference data the file
 * registers first ({@link RegistrationLines}: one {@code PUT} of the
 * registration API per line, registered at once, in file order). Restartable by construction: an event already
 * in the ledger (same unique id and content) is skipped, so running the same
 * file again after a crash imports only what is missing.
 *
 * <p>This thread parses and validates; {@link RecordingLanes} write, on
 * {@code writers} connections at once, each customer's events in file order.
 */
public final class EventImport {

    private final RecordLedgerEventUseCase recording;
    private final RegistrationLines registrations;
    private final OrgId org;
    private final int batchSize;
    private final int writers;
    private final EventInputReader reader = new EventInputReader();

    /**
     * An import into {@code org}, not started yet.
     *
     * @param recording records each batch of events, under the same rules as the API
     * @param registrations reads and registers the file's profile and reference data lines
     * @param org the org every line is imported into
     * @param batchSize the most events recorded in one transaction
     * @param writers how many batches are recorded at once, each on a connection of its own
     * @throws IllegalArgumentException if {@code batchSize} or {@code writers} is below one
     */
    public EventImport(RecordLedgerEventUseCase recording, RegistrationLines registrations, OrgId org, int batchSize,
                       int writers) {
        if (batchSize < 1 || writers < 1) {
            throw new IllegalArgumentException("a batch holds at least one event, and at least one writer writes");
        }
        this.recording = recording;
        this.registrations = registrations;
        this.org = org;
        this.batchSize = batchSize;
        this.writers = writers;
    }

    /**
     * Reads every line of {@code lines}; {@code progress} hears how many lines
     * are done (recorded, skipped or rejected) after each batch.
     *
     * @param lines the file, one JSON object per line; blank lines are passed over
     * @param progress hears the number of lines done so far
     * @return what was imported, skipped and rejected, and where the database stopped answering, if it did
     * @throws IOException if the file cannot be read, or the import is interrupted
     */
    public ImportReport run(BufferedReader lines, LongConsumer progress) throws IOException {
        return run(lines, new ImportReport(), progress);
    }

    /**
     * As {@link #run(BufferedReader, LongConsumer)}, counting into {@code report} as it goes (for live figures).
     *
     * @param lines the file, one JSON object per line; blank lines are passed over
     * @param report counts each line as it is done; another thread may read it meanwhile
     * @param progress hears the number of lines done so far
     * @return {@code report}, complete
     * @throws IOException if the file cannot be read, or the import is interrupted
     */
    public ImportReport run(BufferedReader lines, ImportReport report, LongConsumer progress) throws IOException {
        var done = new AtomicLong();
        try (var lanes = new RecordingLanes(recording, writers, batchSize, (numbers, outcomes) -> {
            for (int i = 0; i < outcomes.size(); i++) {
                report(report, numbers.get(i), outcomes.get(i));
            }
            progress.accept(done.addAndGet(outcomes.size()));
        })) {
            long number = 0;
            boolean eventsBegun = false;
            String line;
            while (!lanes.stopped() && (line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                final long lineNumber = number;
                if (RegistrationLines.isRegistration(line)) {
                    if (eventsBegun) {
                        report.rejected(lineNumber, "profiles and reference data come before the first event");
                    } else if (!register(report, lineNumber, line)) {
                        report.stoppedAt(lineNumber);
                        break;
                    }
                    progress.accept(done.incrementAndGet());
                    continue;
                }
                eventsBegun = true;
                var draft = reader.read(org, line.getBytes(StandardCharsets.UTF_8)).fold(
                        problems -> {
                            report.rejected(lineNumber, describe(problems));
                            done.incrementAndGet();
                            return Optional.<EventDraft>empty();
                        },
                        Optional::of);
                if (draft.isPresent()) {
                    lanes.submit(number, draft.get());
                }
            }
            lanes.finish();
            lanes.stoppedAt().ifPresent(report::stoppedAt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("the import was interrupted", interrupted);
        }
        return report;
    }

    /**
     * Registers a line of reference data or a profile at once, in file order, before any event that may name it:
     * created counts as imported, replaced as already present. False when the store cannot answer.
     */
    private boolean register(ImportReport report, long line, String text) {
        return registrations.read(org, text.getBytes(StandardCharsets.UTF_8)).fold(
                problems -> {
                    report.rejected(line, describe(problems.asJava()));
                    return true;
                },
                write -> write.get().fold(
                        saved -> {
                            if (saved.created()) {
                                report.imported();
                            } else {
                                report.alreadyPresent();
                            }
                            return true;
                        },
                        refused -> {
                            report.rejected(line, describe(refused.problems()));
                            return true;
                        },
                        unavailable -> false));
    }

    private static void report(ImportReport report, long line, RecordOutcome outcome) {
        outcome.<Runnable>fold(
                        recorded -> recorded.created() ? report::imported : report::alreadyPresent,
                        reused -> () -> report.rejected(line,
                                "uniqueId already used by event " + reused.existing().value() + " with other content"),
                        refused -> () -> report.rejected(line, describe(refused.problems())),
                        beyond -> () -> report.rejected(line, describe(ReturnExcessProblems.of(beyond.excess()))),
                        // The lanes stop at a batch the store cannot answer and hand on none of its outcomes.
                        unavailable -> () -> {
                            throw new IllegalStateException("line " + line + ": an unavailable store reached the report");
                        })
                .run();
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.message() + " (" + p.code() + ")")
                .collect(Collectors.joining("; "));
    }
}

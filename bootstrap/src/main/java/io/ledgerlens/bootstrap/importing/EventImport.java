package io.ledgerlens.bootstrap.importing;

import io.ledgerlens.adapter.web.recording.EventInputParser;
import io.ledgerlens.adapter.web.recording.EventInputReader;
import io.ledgerlens.application.port.in.EventDraft;
import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.RecordOutcome;
import io.ledgerlens.domain.org.OrgId;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Imports a JSON Lines file of events (one {@code POST /v1/ledger/events}
 * body per line) in batches. Restartable by construction: an event already
 * in the ledger (same unique id and content) is skipped, so running the same
 * file again after a crash imports only what is missing.
 */
public final class EventImport {

    private final RecordLedgerEventUseCase recording;
    private final OrgId org;
    private final int batchSize;
    private final EventInputParser parser = new EventInputParser();
    private final EventInputReader reader = new EventInputReader();

    public EventImport(RecordLedgerEventUseCase recording, OrgId org, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one event");
        }
        this.recording = recording;
        this.org = org;
        this.batchSize = batchSize;
    }

    private record Pending(long line, EventDraft draft) {
    }

    /**
     * Reads every line of {@code lines}; {@code progress} hears the number of
     * lines done after each batch.
     */
    public ImportReport run(BufferedReader lines, LongConsumer progress) throws IOException {
        var report = new ImportReport();
        var batch = new ArrayList<Pending>();
        long number = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            var draft = draftOf(line, number, report);
            if (draft != null) {
                batch.add(new Pending(number, draft));
            }
            if (batch.size() == batchSize) {
                if (!record(batch, report)) {
                    return report;
                }
                progress.accept(number);
            }
        }
        if (!batch.isEmpty() && record(batch, report)) {
            progress.accept(number);
        }
        return report;
    }

    private EventDraft draftOf(String line, long number, ImportReport report) {
        var parsed = parser.parse(line.getBytes(StandardCharsets.UTF_8));
        if (parsed.problem() != null) {
            report.rejected(number, describe(List.of(parsed.problem())));
            return null;
        }
        var read = reader.read(org, parsed.input());
        if (read.draft() == null) {
            report.rejected(number, describe(read.problems()));
            return null;
        }
        return read.draft();
    }

    /** Records one batch; false when the database stopped answering (nothing of the batch was written). */
    private boolean record(List<Pending> batch, ImportReport report) {
        var outcomes = recording.recordAll(org, batch.stream().map(Pending::draft).toList());
        for (int i = 0; i < outcomes.size(); i++) {
            var line = batch.get(i).line();
            var outcome = outcomes.get(i);
            if (outcome instanceof RecordOutcome.Unavailable) {
                report.stoppedAt(batch.get(0).line());
                return false;
            }
            if (outcome instanceof RecordOutcome.Recorded recorded) {
                if (recorded.created()) {
                    report.imported();
                } else {
                    report.alreadyPresent();
                }
            } else if (outcome instanceof RecordOutcome.UniqueIdReused reused) {
                report.rejected(line, "uniqueId already used by event " + reused.existing().value() + " with other content");
            } else if (outcome instanceof RecordOutcome.ReturnBeyondPurchase beyond) {
                report.rejected(line, describe(beyond.problems()));
            } else {
                report.rejected(line, describe(((RecordOutcome.Refused) outcome).problems()));
            }
        }
        batch.clear();
        return true;
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.message() + " (" + p.code() + ")")
                .collect(Collectors.joining("; "));
    }
}

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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Imports a JSON Lines file of events (one {@code POST /v1/ledger/events}
 * body per line) in batches. Restartable by construction: an event already
 * in the ledger (same unique id and content) is skipped, so running the same
 * file again after a crash imports only what is missing.
 *
 * <p>Reading runs ahead on a thread of its own: while one batch is written,
 * the next is parsed and validated (about half of the importer's own work),
 * so the database and the importer work at the same time.
 */
public final class EventImport {

    /** Batches read ahead of the one being written: enough to keep the writer busy, few enough to bound memory. */
    private static final int READ_AHEAD = 2;

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

    private record Rejection(long line, String reason) {
    }

    /** Lines read up to {@code lastLine}: the drafts to record and the lines refused while reading. */
    private record Batch(List<Pending> drafts, List<Rejection> rejected, long lastLine, boolean last, IOException failure) {
    }

    /**
     * Reads every line of {@code lines}; {@code progress} hears the number of
     * lines done after each batch.
     */
    public ImportReport run(BufferedReader lines, LongConsumer progress) throws IOException {
        var report = new ImportReport();
        var batches = new ArrayBlockingQueue<Batch>(READ_AHEAD);
        var readAhead = new Thread(() -> readAll(lines, batches), "ledgerlens-import-reader");
        readAhead.setDaemon(true);
        readAhead.start();
        try {
            while (true) {
                var batch = batches.take();
                if (batch.failure() != null) {
                    throw batch.failure();
                }
                if (!record(batch, report)) {
                    return report;
                }
                progress.accept(batch.lastLine());
                if (batch.last()) {
                    return report;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("the import was interrupted", interrupted);
        } finally {
            readAhead.interrupt();
        }
    }

    private void readAll(BufferedReader lines, BlockingQueue<Batch> batches) {
        try {
            var drafts = new ArrayList<Pending>();
            var rejected = new ArrayList<Rejection>();
            long number = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                var draft = draftOf(line, number, rejected);
                if (draft != null) {
                    drafts.add(new Pending(number, draft));
                }
                if (drafts.size() == batchSize) {
                    batches.put(new Batch(drafts, rejected, number, false, null));
                    drafts = new ArrayList<>();
                    rejected = new ArrayList<>();
                }
            }
            batches.put(new Batch(drafts, rejected, number, true, null));
        } catch (IOException | UncheckedIOException failure) {
            var cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) failure;
            batches.offer(new Batch(List.of(), List.of(), 0, true, cause));
        } catch (InterruptedException stopped) {
            // The writer stopped (the database went away, or the import was interrupted): nothing more to read.
        }
    }

    private EventDraft draftOf(String line, long number, List<Rejection> rejected) {
        var parsed = parser.parse(line.getBytes(StandardCharsets.UTF_8));
        if (parsed.problem() != null) {
            rejected.add(new Rejection(number, describe(List.of(parsed.problem()))));
            return null;
        }
        var read = reader.read(org, parsed.input());
        if (read.draft() == null) {
            rejected.add(new Rejection(number, describe(read.problems())));
            return null;
        }
        return read.draft();
    }

    /**
     * Records one batch and reports its lines in order; false when the database
     * stopped answering (nothing of the batch was written).
     */
    private boolean record(Batch batch, ImportReport report) {
        var drafts = batch.drafts();
        var outcomes = drafts.isEmpty() ? List.<RecordOutcome>of()
                : recording.recordAll(org, drafts.stream().map(Pending::draft).toList());
        if (outcomes.stream().anyMatch(RecordOutcome.Unavailable.class::isInstance)) {
            report.stoppedAt(Math.min(drafts.get(0).line(),
                    batch.rejected().stream().mapToLong(Rejection::line).min().orElse(Long.MAX_VALUE)));
            return false;
        }
        var rejections = new ArrayList<>(batch.rejected());
        for (int i = 0; i < outcomes.size(); i++) {
            var line = drafts.get(i).line();
            var outcome = outcomes.get(i);
            if (outcome instanceof RecordOutcome.Recorded recorded) {
                if (recorded.created()) {
                    report.imported();
                } else {
                    report.alreadyPresent();
                }
            } else if (outcome instanceof RecordOutcome.UniqueIdReused reused) {
                rejections.add(new Rejection(line, "uniqueId already used by event " + reused.existing().value() + " with other content"));
            } else if (outcome instanceof RecordOutcome.ReturnBeyondPurchase beyond) {
                rejections.add(new Rejection(line, describe(beyond.problems())));
            } else {
                rejections.add(new Rejection(line, describe(((RecordOutcome.Refused) outcome).problems())));
            }
        }
        rejections.sort(Comparator.comparingLong(Rejection::line));
        rejections.forEach(r -> report.rejected(r.line(), r.reason()));
        return true;
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.message() + " (" + p.code() + ")")
                .collect(Collectors.joining("; "));
    }
}

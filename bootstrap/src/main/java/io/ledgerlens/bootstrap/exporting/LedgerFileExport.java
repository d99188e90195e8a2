package io.ledgerlens.bootstrap.exporting;

import io.ledgerlens.adapter.web.recording.EventInputParser;
import io.ledgerlens.adapter.web.recording.EventInputReader;
import io.ledgerlens.adapter.web.recording.EventInputWriter;
import io.ledgerlens.adapter.web.registration.RegistrationLineWriter;
import io.ledgerlens.adapter.web.registration.RegistrationLines;
import io.ledgerlens.application.port.in.export.ExportLedgerQuery;
import io.ledgerlens.application.port.in.export.ExportOutcome;
import io.ledgerlens.application.port.in.export.LedgerExport;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Writes one org's ledger to a JSON Lines file in exactly the form {@code ledgerlens import} reads: its reference
 * data, customers and user groups as registration lines, then its events, one {@code POST /v1/ledger/events} body
 * per line, in the order they were recorded (the org's chain's, so that an export {@code --since} the last one's end
 * misses no event that committed after one with a higher id). Written to {@code FILE.part} and renamed to {@code FILE} when whole;
 * run again after an interruption, it cuts the line being written when it stopped and resumes after the last
 * complete one (see {@link PartialExport}).
 *
 * <p>Each event line is read back as the import will read it: an event the write API refuses (the ledger may hold
 * events written past the API's door), or one that would read back as something else, is written all the same,
 * since a backup keeps what the ledger holds, and reported by id.
 */
public final class LedgerFileExport {

    /** Event lines made at once and written between two flushes to the file: at most lost (and written again) by a crash. */
    static final int FLUSH_EVERY = 1_000;

    private final ExportLedgerQuery query;
    private final OrgId org;
    private final long since;
    private final RegistrationLineWriter registrations = new RegistrationLineWriter();
    private final EventInputWriter events = new EventInputWriter();
    private final EventInputReader reader = new EventInputReader();
    private final EventInputParser parser = new EventInputParser();

    /**
     * An export of {@code org}'s ledger, not started yet.
     *
     * @param query reads the org's ledger, over the service's role so that the fence holds it to that org
     * @param org the org to export
     * @param since 0 for every event; otherwise only the events after this event id (every profile is written
     *              again all the same)
     * @throws IllegalArgumentException if {@code since} is negative
     */
    public LedgerFileExport(ExportLedgerQuery query, OrgId org, long since) {
        if (since < 0) {
            throw new IllegalArgumentException("--since is an event id, or 0 for every event");
        }
        this.query = query;
        this.org = org;
        this.since = since;
    }

    /**
     * Exports to {@code file}, or resumes the export {@code file}'s partial file holds. {@code started} hears how
     * many events this run will write, once it knows; {@code progress} how many it has written, after each.
     *
     * @param file the export file; it must not exist, and its partial file ({@code FILE.part}) is resumed if there
     * @param started hears how many events this run will write
     * @param progress hears how many events this run has written so far
     * @return the report once the file is whole, or why nothing was written
     * @throws IOException if the file or its partial file cannot be written or read
     */
    public ExportResult run(Path file, LongConsumer started, LongConsumer progress) throws IOException {
        if (Files.exists(file)) {
            return new ExportResult.Refused(file + " exists: an export never writes over a file; remove it or name another");
        }
        var partial = new PartialExport(file);
        if (!partial.exists()) {
            return fresh(partial, started, progress);
        }
        var state = partial.readState();
        if (state.isEmpty()) {
            return new ExportResult.Refused(partial.part() + " or " + partial.state() + " is missing, unreadable or written by"
                    + " an older ledgerlens: not an export this command can resume; remove both to start over");
        }
        if (state.get().org() != org.value() || state.get().since() != since) {
            return new ExportResult.Refused(partial.part() + " is an export of org " + state.get().org()
                    + (state.get().since() > 0 ? " --since " + state.get().since() : "") + ": run that command to resume"
                    + " it, or remove " + partial.part() + " and " + partial.state() + " to start over");
        }
        var last = partial.lastCompleteLine();
        if (last.isEmpty() || RegistrationLines.isRegistration(last.get())) {
            // Stopped before its first event: the profiles are written again from the start, as they are now.
            return fresh(partial, started, progress);
        }
        return resume(partial, state.get(), last.get(), started, progress);
    }

    private ExportResult fresh(PartialExport partial, LongConsumer started, LongConsumer progress) throws IOException {
        var outcome = query.export(org, since);
        if (!(outcome instanceof ExportOutcome.Ready ready)) {
            return outcome.fold(unknown -> unknownOrg(), unknown -> new ExportResult.Refused("event " + since
                    + " is not one of org " + org.value() + "'s events: --since takes the last event an earlier export of"
                    + " this org covered (its report names it), or 0 for every event"), readyAnyway -> unknownOrg());
        }
        var export = ready.export();
        partial.begin(new PartialExport.State(org.value(), since, export.upToEventId()));
        var report = new ExportReport();
        report.upTo(export.upToEventId());
        report.of(export.org());
        started.accept(export.eventCount());
        try (var out = open(partial, false)) {
            var referenceData = registrations.lines(org, export.referenceData());
            referenceData.forEach(out::write);
            long customers = 0;
            for (var each = export.customers().iterator(); each.hasNext(); customers++) {
                out.write(registrations.line(each.next()));
            }
            long groups = 0;
            for (var each = export.userGroups().iterator(); each.hasNext(); groups++) {
                out.write(registrations.line(each.next()));
            }
            report.registered(referenceData.size(), customers, groups);
            writeEvents(out, export, report, progress);
        }
        partial.complete();
        return new ExportResult.Written(report);
    }

    private ExportResult resume(PartialExport partial, PartialExport.State state, String lastLine, LongConsumer started,
                                LongConsumer progress) throws IOException {
        var notOurs = new ExportResult.Refused(partial.part() + " does not end with an event of org " + org.value()
                + " as it is recorded now, so it cannot be resumed; remove " + partial.part() + " and " + partial.state()
                + " to start over");
        // The event the file ends with, as the ledger holds it now: the file is this ledger's only if they agree.
        var lastWritten = parser.parse(lastLine.getBytes(StandardCharsets.UTF_8))
                .fold(unreadable -> Optional.<String>empty(), input -> Optional.ofNullable(input.uniqueId()))
                .flatMap(uniqueId -> query.eventWithUniqueId(org, uniqueId))
                .filter(event -> events.line(event).equals(lastLine));
        if (lastWritten.isEmpty()) {
            return notOurs;
        }
        var after = lastWritten.get().id().value();
        var outcome = query.resume(org, after, state.upTo());
        if (!(outcome instanceof ExportOutcome.Ready ready)) {
            return outcome.fold(unknown -> unknownOrg(), unknown -> notOurs, readyAnyway -> unknownOrg());
        }
        var export = ready.export();
        var report = new ExportReport();
        report.upTo(export.upToEventId());
        report.of(export.org());
        report.resumedAfter(after);
        started.accept(export.eventCount());
        try (var out = open(partial, true)) {
            writeEvents(out, export, report, progress);
        }
        partial.complete();
        return new ExportResult.Written(report);
    }

    private ExportResult unknownOrg() {
        return new ExportResult.Refused("org " + org.value() + " is not registered: there is nothing to export");
    }

    /**
     * Writes the events a chunk at a time: each chunk's lines are made and read back on every core (the read-back is
     * most of an export's CPU), then written in order, and the file flushed.
     */
    private void writeEvents(LineOut out, LedgerExport export, ExportReport report, LongConsumer progress) {
        var events = export.events().iterator();
        long written = 0;
        var chunk = new ArrayList<LedgerEvent>(FLUSH_EVERY);
        while (events.hasNext()) {
            chunk.clear();
            while (events.hasNext() && chunk.size() < FLUSH_EVERY) {
                chunk.add(events.next());
            }
            var lines = chunk.parallelStream().map(this::lineOf).toList();
            for (var line : lines) {
                line.unrestorable().ifPresent(reason -> report.unrestorable(line.event().id().value(), line.event().uniqueId(), reason));
                out.write(line.text());
                report.event();
                progress.accept(++written);
            }
            out.flush();
        }
    }

    /** An event's line, and why an import would not restore the event from it, if it would not. */
    private record EventLine(LedgerEvent event, String text, Optional<String> unrestorable) {
    }

    private EventLine lineOf(LedgerEvent event) {
        var line = events.line(event);
        return new EventLine(event, line, whyNotRestorable(event, line));
    }

    /** Reads {@code line} back as an import will: why the event would not come back from it as it is, if not. */
    private Optional<String> whyNotRestorable(LedgerEvent event, String line) {
        return reader.read(org, line.getBytes(StandardCharsets.UTF_8)).fold(
                problems -> Optional.of(describe(problems)),
                draft -> EventFingerprint.of(draft.withId(event.id())).equals(EventFingerprint.of(event))
                        ? Optional.<String>empty() : Optional.of("its line reads back as another event"));
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.message() + " (" + p.code() + ")")
                .collect(Collectors.joining("; "));
    }

    private static LineOut open(PartialExport partial, boolean append) throws IOException {
        var channel = FileChannel.open(partial.part(), StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        return new LineOut(channel);
    }

    /**
     * The partial file, written a line at a time through a buffer; on close flushed and forced to the disk before
     * it is renamed, so that a complete export survives a crash of the machine too.
     */
    private static final class LineOut implements AutoCloseable {
        private final FileChannel channel;
        private final BufferedWriter writer;

        LineOut(FileChannel channel) {
            this.channel = channel;
            this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                    1 << 16);
        }

        void write(String line) {
            try {
                writer.write(line);
                writer.write('\n');
            } catch (IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        }

        void flush() {
            try {
                writer.flush();
            } catch (IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        }

        @Override
        public void close() throws IOException {
            try (channel) {
                writer.flush();
                channel.force(true);
            }
        }
    }
}

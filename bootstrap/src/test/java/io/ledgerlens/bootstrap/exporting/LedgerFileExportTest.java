package io.ledgerlens.bootstrap.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.web.recording.EventInputReader;
import io.ledgerlens.adapter.web.registration.RegistrationLines;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.EventDetails;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo retailer's ledger written to a file: whole or not at all under its name, resumed where it stopped. */
class LedgerFileExportTest {

    private static final OrgId RETAILER = DemoDataset.RETAILER;

    @TempDir
    Path directory;
    private LedgerLensService service;

    @BeforeEach
    void openTheDemo() {
        service = DemoLedgers.fresh();
    }

    @AfterEach
    void close() {
        service.close();
    }

    private ExportResult export(OrgId org, long since, Path file) throws IOException {
        return new LedgerFileExport(service.exporter(), org, since).run(file, total -> { }, done -> { });
    }

    private ExportReport written(ExportResult result) {
        return result.fold(refused -> {
            throw new AssertionError(refused);
        }, report -> report);
    }

    private static String refusal(ExportResult result) {
        return result.fold(refused -> refused, report -> "written");
    }

    /** Stops the export by failing at its {@code n}th event, as a crash would; what was written so far stays. */
    private void exportStoppedAt(OrgId org, Path file, int n) {
        assertThatThrownBy(() -> new LedgerFileExport(service.exporter(), org, 0).run(file, total -> { }, done -> {
            if (done == n) {
                throw new IllegalStateException("the machine went down");
            }
        })).hasMessageContaining("went down");
        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling(file.getFileName() + ".part")).exists();
    }

    private void recordGoodwill(String uniqueId) {
        var line = "{\"uniqueId\":\"" + uniqueId + "\",\"eventName\":\"AllocateGoodwillPoints\",\"customerId\":341198823,"
                + "\"eventTime\":\"2024-09-01T10:00:00+05:30\",\"goodwill\":{\"reason\":\"sorry\"},\"allocations\":[{"
                + "\"kind\":\"REGULAR\",\"value\":5,\"sourceValue\":0,\"awardedOn\":\"2024-09-01T10:00:00+05:30\","
                + "\"expiresOn\":\"2025-09-30T23:59:59+05:30\",\"program\":{\"id\":2649,\"name\":\"Default Program\"},"
                + "\"category\":{\"id\":18871,\"name\":\"Main\"},\"allocationStrategy\":{\"id\":111526,\"name\":\"10 percent\"},"
                + "\"expiryStrategy\":{\"id\":109281,\"name\":\"NUM_MONTHS_END12\",\"type\":\"FIXED\"}}]}";
        var draft = new EventInputReader().read(RETAILER, line.getBytes(StandardCharsets.UTF_8)).fold(problems -> {
            throw new AssertionError(problems);
        }, read -> read);
        service.recording().record(RETAILER, draft);
    }

    @Test
    void a_whole_export_has_its_name_and_nothing_beside_it_profiles_first_then_every_event() throws IOException {
        var file = directory.resolve("retailer.jsonl");
        var report = written(export(RETAILER, 0, file));
        var lines = Files.readAllLines(file);
        assertThat(report.eventCount()).isGreaterThan(10);
        assertThat(lines).hasSize((int) (report.referenceDataCount() + report.customerCount() + report.userGroupCount()
                + report.eventCount()));
        assertThat(report.customerCount()).isEqualTo(2);
        assertThat(report.userGroupCount()).isEqualTo(1);
        assertThat(lines.get(0)).startsWith("{\"register\":\"program\"");
        assertThat(lines.get(lines.size() - 1)).doesNotContain("\"register\"");
        assertThat(Files.list(directory)).containsExactly(file);
        assertThat(report.unrestorableCount()).isZero();
        assertThat(report.summary()).contains("export what is recorded later with --since " + report.upToEventId());
    }

    @Test
    void an_export_stopped_in_the_middle_of_a_line_resumes_to_the_file_an_export_never_stopped_writes() throws IOException {
        var whole = directory.resolve("whole.jsonl");
        written(export(RETAILER, 0, whole));
        var file = directory.resolve("resumed.jsonl");
        exportStoppedAt(RETAILER, file, 6);
        Files.writeString(file.resolveSibling("resumed.jsonl.part"), "{\"uniqueId\":\"half a li", StandardOpenOption.APPEND);
        recordGoodwill("recorded-while-it-was-stopped");

        var report = written(export(RETAILER, 0, file));

        assertThat(report.resumedAfterEventId()).isPresent();
        assertThat(report.eventCount()).as("the events after the sixth").isEqualTo(written(export(RETAILER, 0,
                directory.resolve("count.jsonl"))).eventCount() - 1 - 6);
        assertThat(Files.readString(file)).as("the same file, ending where the stopped export would have")
                .isEqualTo(Files.readString(whole));
        assertThat(Files.list(directory).map(Path::getFileName).map(Path::toString)).doesNotContain(
                "resumed.jsonl.part", "resumed.jsonl.part.state");
    }

    @Test
    void an_export_stopped_before_its_first_event_starts_over() throws IOException {
        var file = directory.resolve("early.jsonl");
        exportStoppedAt(RETAILER, file, 1);
        var part = file.resolveSibling("early.jsonl.part");
        var registrationsOnly = Files.readAllLines(part).stream().filter(RegistrationLines::isRegistration).toList();
        Files.write(part, registrationsOnly);

        var report = written(export(RETAILER, 0, file));

        assertThat(report.resumedAfterEventId()).isEmpty();
        var whole = directory.resolve("whole.jsonl");
        written(export(RETAILER, 0, whole));
        assertThat(Files.readString(file)).isEqualTo(Files.readString(whole));
    }

    @Test
    void a_file_that_exists_is_never_written_over() throws IOException {
        var file = directory.resolve("keep.jsonl");
        Files.writeString(file, "precious");
        assertThat(refusal(export(RETAILER, 0, file))).contains("exists", "never writes over");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void an_unknown_org_is_refused_and_nothing_is_written() throws IOException {
        var file = directory.resolve("nobody.jsonl");
        assertThat(refusal(export(OrgId.of(424242), 0, file))).isEqualTo("org 424242 is not registered: there is nothing to export");
        assertThat(Files.list(directory)).isEmpty();
    }

    @Test
    void a_partial_export_of_another_org_or_since_another_event_is_not_resumed() throws IOException {
        var file = directory.resolve("retailer.jsonl");
        exportStoppedAt(RETAILER, file, 3);
        assertThat(refusal(export(DemoDataset.OUTLET, 0, file))).contains("is an export of org 50672",
                "run that command to resume it");
        assertThat(refusal(export(RETAILER, 5, file))).contains("is an export of org 50672:");
        assertThat(file.resolveSibling("retailer.jsonl.part")).exists();
    }

    @Test
    void a_partial_file_that_does_not_end_with_an_event_of_this_ledger_is_not_resumed() throws IOException {
        var file = directory.resolve("edited.jsonl");
        exportStoppedAt(RETAILER, file, 4);
        var part = file.resolveSibling("edited.jsonl.part");
        var lines = Files.readAllLines(part);
        var last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.replaceFirst("\"eventTime\":\"[^\"]+\"", "\"eventTime\":\"2020-01-01T00:00:00Z\""));
        assertThat(lines.get(lines.size() - 1)).isNotEqualTo(last);
        Files.write(part, lines);

        assertThat(refusal(export(RETAILER, 0, file))).contains("does not end with an event of org 50672");
    }

    @Test
    void an_export_since_an_event_holds_every_profile_and_the_later_events_only() throws IOException {
        var all = written(export(RETAILER, 0, directory.resolve("all.jsonl")));
        recordGoodwill("after-the-first-export");
        var file = directory.resolve("later.jsonl");
        var later = written(export(RETAILER, all.upToEventId(), file));
        var events = Files.readAllLines(file).stream().filter(line -> !RegistrationLines.isRegistration(line)).toList();
        assertThat(events).singleElement().satisfies(line -> assertThat(line).contains("after-the-first-export"));
        assertThat(later.customerCount()).isEqualTo(2);
    }

    /**
     * Two writers: the event with the lower id commits after the first export ended at the higher one. An export
     * cut by id would leave it out of every file; the order of record puts it in the next.
     */
    @Test
    void an_event_that_commits_after_one_with_a_higher_id_is_in_the_next_export_since_the_last_ones_end() throws IOException {
        var lowerId = service.recorder().nextEventLogId();
        var higherId = service.recorder().nextEventLogId();
        service.appends().append(goodwillIn(RETAILER, higherId, "higher-id-committed-first"));
        var all = written(export(RETAILER, 0, directory.resolve("all.jsonl")));
        assertThat(all.upToEventId()).isEqualTo(higherId.value());
        service.appends().append(goodwillIn(RETAILER, lowerId, "lower-id-committed-late"));

        var file = directory.resolve("later.jsonl");
        var later = written(export(RETAILER, all.upToEventId(), file));

        var events = Files.readAllLines(file).stream().filter(line -> !RegistrationLines.isRegistration(line)).toList();
        assertThat(events).singleElement().satisfies(line -> assertThat(line).contains("lower-id-committed-late"));
        assertThat(later.upToEventId()).isEqualTo(lowerId.value());
        assertThat(later.summary()).contains("--since " + lowerId.value());
    }

    @Test
    void an_export_since_an_event_the_org_did_not_record_is_refused_and_nothing_is_written() throws IOException {
        var outletsEvent = written(export(DemoDataset.OUTLET, 0, directory.resolve("outlet.jsonl"))).upToEventId();
        var file = directory.resolve("retailer.jsonl");
        assertThat(refusal(export(RETAILER, outletsEvent, file))).isEqualTo("event " + outletsEvent + " is not one of org"
                + " 50672's events: --since takes the last event an earlier export of this org covered (its report names"
                + " it), or 0 for every event");
        assertThat(refusal(export(RETAILER, 987_654_321, file))).startsWith("event 987654321 is not one of org 50672's");
        assertThat(Files.list(directory).map(Path::getFileName).map(Path::toString)).containsExactly("outlet.jsonl");
    }

    @Test
    void a_partial_export_written_in_id_order_by_an_older_ledgerlens_is_not_resumed() throws IOException {
        var file = directory.resolve("old.jsonl");
        exportStoppedAt(RETAILER, file, 3);
        var state = file.resolveSibling("old.jsonl.part.state");
        Files.write(state, Files.readAllLines(state).stream().filter(line -> !line.startsWith("order=")).toList());
        assertThat(refusal(export(RETAILER, 0, file))).contains("written by an older ledgerlens", "remove both to start over");
    }

    private LedgerEvent goodwillIn(OrgId org, EventLogId id, String uniqueId) {
        return LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(org)
                .subject(EventSubject.customer(io.ledgerlens.domain.customer.CustomerId.of(341198823))).uniqueId(uniqueId)
                .withoutAllocations().allocations(Allocations.regular("1.0")).build();
    }

    /**
     * The ledger may hold events written past the API's door (here a target awarding regular points, which the
     * write API refuses): they are written as they are stored, since a backup keeps what the ledger holds, and named.
     */
    @Test
    void an_event_the_write_api_refuses_is_written_all_the_same_and_named() throws IOException {
        var id = service.recorder().nextEventLogId();
        service.appends().append(LedgerEventBuilder.anEvent(EventName.TARGET_COMPLETED).id(id.value()).org(RETAILER)
                .subject(EventSubject.customer(io.ledgerlens.domain.customer.CustomerId.of(341198823)))
                .uniqueId("target-past-the-door").withoutAllocations().allocations(Allocations.regular("7.0"))
                .detail(EventDetails.target()).build());
        var file = directory.resolve("with-refused.jsonl");

        var report = written(export(RETAILER, 0, file));

        assertThat(report.unrestorableCount()).isEqualTo(1);
        assertThat(report.unrestorableEvents()).singleElement().asString().startsWith("event " + id.value()
                + " (uniqueId target-past-the-door): ").contains("PROMO or PROMISED");
        assertThat(report.summary()).contains("1 events were written as they are stored, but the write API refuses them");
        assertThat(Files.readString(file)).contains("target-past-the-door");
    }

    @Test
    void nothing_of_the_outlet_is_in_the_retailers_export() throws IOException {
        var file = directory.resolve("retailer.jsonl");
        written(export(RETAILER, 0, file));
        assertThat(Files.readString(file)).doesNotContain(DemoDataset.OUTLET_BILL, "50673");
        var outlet = directory.resolve("outlet.jsonl");
        var report = written(export(DemoDataset.OUTLET, 0, outlet));
        assertThat(report.eventCount()).isPositive();
        assertThat(Files.readString(outlet)).doesNotContain(DemoDataset.PURCHASE_BILL, "50672", DemoDataset.HOUSEHOLD_EXTERNAL_ID);
        assertThat(List.of(report.customerCount())).containsExactly(1L);
    }
}

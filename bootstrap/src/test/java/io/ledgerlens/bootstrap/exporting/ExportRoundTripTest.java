package io.ledgerlens.bootstrap.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.web.recording.EventInputReader;
import io.ledgerlens.adapter.web.registration.RegistrationLines;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.ServiceSettings;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import io.ledgerlens.bootstrap.demo.ScaleDataset;
import io.ledgerlens.bootstrap.importing.EventImport;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated ledger, exported and imported into an empty database, explodes there exactly as it did here: every
 * event, every flag, ids aside. The database it comes from holds another, unrelated org (the demo's), of which
 * nothing is exported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRoundTripTest {

    private static final OrgId GENERATED = OrgId.of(930001);
    private static final int EVENTS = 700;

    private LedgerLensService original;
    private LedgerLensService copy;
    private ExportReport exported;
    private Path file;

    @BeforeAll
    void generateExportAndImport(@TempDir Path directory) throws Exception {
        original = LedgerLensService.on(DemoLedgers.over(PostgresDatabase.freshLedger()), ServiceSettings.defaults());
        DemoDataset.load(original.orgTree(), original.registration(), original.recorder());
        generate(new ScaleDataset(GENERATED.value(), 1, 60, 11));

        file = directory.resolve("ledger.jsonl");
        exported = new LedgerFileExport(original.exporter(), GENERATED, 0).run(file, total -> { }, done -> { })
                .fold(refused -> {
                    throw new AssertionError(refused);
                }, report -> report);

        copy = LedgerLensService.on(DemoLedgers.over(PostgresDatabase.freshLedger()), ServiceSettings.defaults());
        copy.orgTree().create(exported.org().orElseThrow());
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var imported = new EventImport(copy.recording(), new RegistrationLines(copy.registration()), GENERATED, 100, 2)
                    .run(lines, done -> { });
            assertThat(imported.rejections()).isEmpty();
            assertThat(imported.importedCount()).isEqualTo(Files.readAllLines(file).size());
        }
    }

    /** The generator's org, profiles and events, recorded through the write API's reader and use case. */
    private void generate(ScaleDataset dataset) {
        dataset.orgsToCreate().forEach(org -> original.orgTree().create(org));
        dataset.recordProfiles(original.registration().customers(), original.registration().userGroups());
        var reader = new EventInputReader();
        for (long n = 0; n < EVENTS; n++) {
            var event = dataset.event(n);
            var org = dataset.org(event.orgIndex());
            var outcome = original.recording().record(org, reader.read(org, event.input()).fold(problems -> {
                throw new AssertionError("generated event refused: " + problems);
            }, draft -> draft));
            assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class);
        }
    }

    @AfterAll
    void close() {
        if (copy != null) {
            copy.close();
        }
        if (original != null) {
            original.close();
        }
    }

    private static List<LedgerEvent> eventsOf(LedgerLensService service) {
        return service.exporter().export(GENERATED, 0).fold(unknown -> List.<LedgerEvent>of(), unknown -> List.<LedgerEvent>of(), export -> export.events().toList());
    }

    @Test
    void every_event_explodes_in_the_copy_exactly_as_in_the_original_with_every_flag() throws Exception {
        var events = eventsOf(original);
        var copied = eventsOf(copy);
        assertThat(events).hasSize(EVENTS);
        // The import writes on two connections: each customer's (and group's) events keep their order, not the whole.
        assertThat(inOrderOfEachSubject(copied)).isEqualTo(inOrderOfEachSubject(events));

        var before = new ExplodeEverything(original, GENERATED).answersFor(events);
        var after = new ExplodeEverything(copy, GENERATED).answersFor(copied);

        assertThat(before).hasSize(EVENTS);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        var copiedIds = idsInTheCopy(events, copied);
        for (var uniqueId : before.keySet()) {
            assertThat(after.get(uniqueId)).as("the answer for event %s", uniqueId)
                    .isEqualTo(withIdsOfTheCopy(before.get(uniqueId), copiedIds));
        }
        assertThat(before.values()).as("returns name the purchase they give back by its event id, mapped too")
                .anySatisfy(answer -> assertThat(answer.path("billDetails").path("returnBillId").isNumber()).isTrue());
        var billsWithLines = before.values().stream().filter(answer -> answer.path("billDetails").path("lineItems").size() > 0).count();
        assertThat(billsWithLines).as("bills with line items are among the answers compared").isGreaterThan(100);
    }

    /** Each original event id, as the copy numbers the same event (by its unique id). */
    private static Map<Long, Long> idsInTheCopy(List<LedgerEvent> events, List<LedgerEvent> copied) {
        var copiedByUniqueId = copied.stream().collect(Collectors.toMap(LedgerEvent::uniqueId, event -> event.id().value()));
        return events.stream().collect(Collectors.toMap(event -> event.id().value(),
                event -> copiedByUniqueId.get(event.uniqueId())));
    }

    /**
     * The original's answer with the event ids it holds (the event's own, and a return's {@code returnBillId}: the
     * purchase it gives back) as the copy numbers those events: the only values a copy may not keep.
     */
    private static JsonNode withIdsOfTheCopy(JsonNode answer, Map<Long, Long> copiedIds) throws IOException {
        var mapped = (ObjectNode) answer.deepCopy();
        mapped.put("eventLogId", copiedIds.get(answer.get("eventLogId").asLong()));
        var bill = mapped.path("billDetails");
        if (bill.isObject() && bill.path("returnBillId").isNumber()) {
            ((ObjectNode) bill).put("returnBillId", copiedIds.get(bill.get("returnBillId").asLong()));
        }
        // Read again, so that each number is the node type the answer's own parse gives it (an int, a long).
        return new ObjectMapper().readTree(mapped.toString());
    }

    private static java.util.Map<Object, List<String>> inOrderOfEachSubject(List<LedgerEvent> events) {
        return events.stream().collect(Collectors.groupingBy(LedgerEvent::subject,
                Collectors.mapping(LedgerEvent::uniqueId, Collectors.toList())));
    }

    @Test
    void every_kind_the_generator_makes_and_its_households_are_in_the_round_trip() {
        var kinds = eventsOf(copy).stream().map(LedgerEvent::name).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.stream(EventName.values())
                .filter(EventName::hasExplodeDetail).toList());
        assertThat(eventsOf(copy)).anySatisfy(event -> assertThat(event.name()).isEqualTo(EventName.GROUP_TRANSACTION_ADD));
        assertThat(exported.userGroupCount()).isEqualTo(3);
        assertThat(exported.customerCount()).isEqualTo(60);
        assertThat(exported.unrestorableCount()).isZero();
    }

    @Test
    void nothing_of_the_unrelated_org_in_the_same_database_is_exported() throws Exception {
        var text = Files.readString(file);
        assertThat(text).doesNotContain(String.valueOf(DemoDataset.RETAILER.value()), String.valueOf(DemoDataset.OUTLET.value()),
                DemoDataset.PRIYA_MOBILE, DemoDataset.PURCHASE_BILL, DemoDataset.HOUSEHOLD_EXTERNAL_ID, "demo-");
        var lines = Files.readAllLines(file);
        assertThat(lines.stream().filter(RegistrationLines::isRegistration).count())
                .isEqualTo(exported.referenceDataCount() + 60 + 3);
        assertThat(lines.stream().filter(line -> !RegistrationLines.isRegistration(line)).count()).isEqualTo(EVENTS);
        String demoInTheCopy = copy.exporter().export(DemoDataset.RETAILER, 0).fold(unknown -> "unknown", unknown -> "unknown event", ready -> "registered");
        assertThat(demoInTheCopy).as("the copy holds the generated org alone").isEqualTo("unknown");
    }

    @Test
    void profiles_and_reference_data_come_before_the_first_event() throws Exception {
        var lines = new ArrayList<>(Files.readAllLines(file));
        var firstEvent = lines.indexOf(lines.stream().filter(line -> !RegistrationLines.isRegistration(line)).findFirst().orElseThrow());
        assertThat(lines.subList(firstEvent, lines.size())).noneMatch(RegistrationLines::isRegistration);
        assertThat(lines.subList(0, firstEvent)).allMatch(RegistrationLines::isRegistration).hasSizeGreaterThan(60);
    }
}

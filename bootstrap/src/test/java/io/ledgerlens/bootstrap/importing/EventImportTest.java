package io.ledgerlens.bootstrap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventImportTest {

    private LedgerLensService service;

    @BeforeEach
    void openADemoLedger() {
        service = DemoLedgers.fresh();
    }

    @AfterEach
    void close() {
        service.close();
    }

    private static String goodwill(String uniqueId, long customerId, String points) {
        return "{\"uniqueId\":\"" + uniqueId + "\",\"eventName\":\"AllocateGoodwillPoints\",\"customerId\":" + customerId
                + ",\"eventTime\":\"2024-09-01T10:00:00+05:30\",\"goodwill\":{\"reason\":\"sorry\"},\"allocations\":[{"
                + "\"kind\":\"REGULAR\",\"value\":" + points + ",\"sourceValue\":0,\"awardedOn\":\"2024-09-01T10:00:00+05:30\","
                + "\"expiresOn\":\"2025-09-30T23:59:59+05:30\",\"program\":{\"id\":2649,\"name\":\"Default Program\"},"
                + "\"category\":{\"id\":18871,\"name\":\"Main\"},\"allocationStrategy\":{\"id\":111526,\"name\":\"10 percent\"},"
                + "\"expiryStrategy\":{\"id\":109281,\"name\":\"NUM_MONTHS_END12\",\"type\":\"FIXED\"}}]}";
    }

    private static String goodwillNoting(String uniqueId, String note) {
        return goodwill(uniqueId, 341198823, "1").replaceFirst("\\{", "{\"customFields\":[{\"name\":\"note\",\"value\":\""
                + note + "\"}],");
    }

    private ImportReport importing(List<String> lines, int batchSize) throws IOException {
        var importer = new EventImport(service.recording(),
                new io.ledgerlens.adapter.web.registration.RegistrationLines(service.registration()),
                DemoDataset.RETAILER, batchSize, 2);
        var progress = new ArrayList<Long>();
        var report = importer.run(new BufferedReader(new StringReader(String.join("\n", lines))), progress::add);
        assertThat(progress).isSorted();
        return report;
    }

    @Test
    void good_lines_are_imported_and_bad_ones_reported_with_their_line_numbers() throws IOException {
        var report = importing(List.of(
                goodwill("imp-1", 341198823, "10"),
                goodwill("imp-2", 341198823, "20"),
                "{not json",
                "",
                goodwill("imp-3", 999999, "30"),
                goodwill("imp-1", 341198823, "10"),
                goodwill("imp-4", 341198823, "-5"),
                goodwill("imp-2", 341198823, "25")), 2);
        assertThat(report.importedCount()).isEqualTo(2);
        assertThat(report.alreadyPresentCount()).isEqualTo(1);
        assertThat(report.rejectedCount()).isEqualTo(4);
        assertThat(report.rejections()).containsExactly(
                "line 3: the body must be one JSON object (INVALID)",
                "line 5: customerId: no such customer in org 50672 (NOT_FOUND)",
                "line 7: allocations[0].value: allocations[0].value must not be negative (INVALID)",
                "line 8: uniqueId already used by event " + firstIdOf("imp-2") + " with other content");
        assertThat(report.summary()).startsWith("Imported 2, skipped 1 (already present), rejected 4.");
    }

    private long firstIdOf(String uniqueId) {
        var outcome = service.explode().explode(new io.ledgerlens.application.port.in.explode.ExplodeRequest(
                io.ledgerlens.domain.org.ApiVersion.V2, DemoDataset.RETAILER, io.ledgerlens.domain.org.DataScopeHeaders.none(),
                java.util.Map.of("identifierName", "mobile", "identifierValue", DemoDataset.PRIYA_MOBILE, "source", "INSTORE",
                        "eventName", "AllocateGoodwillPoints", "eventReferenceIds", "-1", "limit", "100")));
        return outcome.fold(problems -> -1L, view -> view.events().stream()
                .filter(e -> e.event().uniqueId().equals(uniqueId)).findFirst().orElseThrow().event().id().value());
    }

    /** Priya's return of {@code amount} of her demo purchase num124536 (295.0, of which RET-0001 gave back 100.0). */
    private static String aReturn(String uniqueId, String amount) {
        return "{\"uniqueId\":\"" + uniqueId + "\",\"eventName\":\"ReturnBill\",\"customerId\":341198823,"
                + "\"eventTime\":\"2024-09-01T10:00:00+05:30\",\"bill\":{\"billNumber\":\"R-" + uniqueId + "\","
                + "\"grossAmount\":" + amount + ",\"discount\":0,\"billAmount\":" + amount + ",\"source\":\"INSTORE\","
                + "\"billDate\":\"2024-09-01T10:00:00+05:30\",\"return\":{\"returnDate\":\"2024-09-01T10:00:00+05:30\","
                + "\"returnAmount\":" + amount + ",\"returnType\":\"AMOUNT\",\"returnBillId\":\"num124536\"}}}";
    }

    @Test
    void returns_in_one_batch_add_up_and_the_one_beyond_the_purchase_is_rejected_with_what_is_left() throws IOException {
        var report = importing(List.of(aReturn("ret-1", "100"), aReturn("ret-2", "100"), aReturn("ret-3", "95")), 10);
        assertThat(report.importedCount()).isEqualTo(2);
        assertThat(report.rejections()).containsExactly("line 2: bill.return.returnAmount: bill num124536 has 95 left to"
                + " return after earlier returns; this return gives back 100 (EXCEEDS_PURCHASE)");
    }

    /**
     * A line the door lets through and the database refuses (here a check this test adds to the database, as a
     * column narrower than the door would) is rejected with its line number, and the rest of its batch imported.
     */
    @Test
    void a_line_the_database_refuses_is_rejected_alone_and_the_rest_of_its_batch_is_imported() throws Exception {
        service.close();
        var ledger = PostgresDatabase.freshLedger();
        service = LedgerLensService.on(DemoLedgers.over(ledger), io.ledgerlens.bootstrap.ServiceSettings.defaults());
        DemoDataset.load(service.orgTree(), service.registration(), service.recorder());
        try (var owner = ledger.owner().getConnection(); var statement = owner.createStatement()) {
            statement.execute("alter table custom_field add constraint notes_of_ten check (length(value) <= 10) not valid");
        }
        var lines = new ArrayList<String>();
        for (int i = 1; i <= 9; i++) {
            lines.add(goodwillNoting("refused-batch-" + i, i == 4 || i == 8 ? "eleven chars" : "ten chars!"));
        }

        var report = importing(lines, 100);

        assertThat(report.importedCount()).isEqualTo(7);
        assertThat(report.rejections()).containsExactly(
                "line 4: customFields: customFields holds a value the ledger cannot store (too long, out of range or not"
                        + " allowed); nothing was written (INVALID)",
                "line 8: customFields: customFields holds a value the ledger cannot store (too long, out of range or not"
                        + " allowed); nothing was written (INVALID)");
        assertThat(report.stoppedAtLine()).as("the import went on").isEmpty();
        var again = importing(lines, 100);
        assertThat(again.alreadyPresentCount()).isEqualTo(7);
        assertThat(again.rejectedCount()).as("the same lines, the same answer, every run").isEqualTo(2);
    }

    private static String registering(String kind, String ids, String body) {
        return "{\"register\":\"" + kind + "\",\"ids\":" + ids + ",\"body\":" + body + "}";
    }

    /** A new customer, with a program and the rule's reference data of her own, registered by the file itself. */
    private static final List<String> NEW_CUSTOMER_AND_HER_REFERENCE_DATA = List.of(
            registering("program", "{\"orgId\":50672,\"programId\":3001}", "{\"name\":\"Imported program\"}"),
            registering("pointsCategory", "{\"orgId\":50672,\"pointsCategoryId\":3002}", "{\"name\":\"Imported\"}"),
            registering("allocationStrategy", "{\"orgId\":50672,\"allocationStrategyId\":3003}", "{\"name\":\"Flat\"}"),
            registering("expiryStrategy", "{\"orgId\":50672,\"expiryStrategyId\":3004}",
                    "{\"name\":\"ONE_YEAR\",\"type\":\"FIXED\"}"),
            registering("customer", "{\"customerId\":777001}", "{\"firstName\":\"Meera\",\"lastName\":\"Iyer\","
                    + "\"identifiers\":[{\"name\":\"mobile\",\"value\":\"919800077001\",\"source\":\"INSTORE\"}]}"));

    @Test
    void profiles_and_reference_data_registered_by_the_file_come_before_the_events_that_name_them() throws IOException {
        var lines = new ArrayList<>(NEW_CUSTOMER_AND_HER_REFERENCE_DATA);
        lines.add(goodwill("meera-1", 777001, "12"));
        var report = importing(lines, 10);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.importedCount()).as("five registrations and one event").isEqualTo(6);
        var outcome = service.explode().explode(new io.ledgerlens.application.port.in.explode.ExplodeRequest(
                io.ledgerlens.domain.org.ApiVersion.V2, DemoDataset.RETAILER, io.ledgerlens.domain.org.DataScopeHeaders.none(),
                java.util.Map.of("identifierName", "mobile", "identifierValue", "919800077001", "source", "INSTORE",
                        "eventName", "AllocateGoodwillPoints", "eventReferenceIds", "-1")));
        List<io.ledgerlens.application.port.in.explode.ExplodedEvent> found = outcome.fold(problems -> List.of(),
                view -> view.events());
        assertThat(found).as("Meera's award, found by her mobile").hasSize(1);

        var again = importing(lines, 10);
        assertThat(again.alreadyPresentCount()).as("registrations replaced as they were, the event skipped").isEqualTo(6);
        assertThat(again.importedCount()).isZero();
    }

    @Test
    void a_registration_line_is_refused_for_what_its_put_would_be_and_after_an_event_for_coming_late() throws IOException {
        var report = importing(List.of(
                registering("customer", "{\"customerId\":777002}", "{\"firstName\":\"Ravi\",\"lastName\":\"K\","
                        + "\"identifiers\":[{\"name\":\"mobile\",\"value\":\"12\",\"source\":\"INSTORE\"}]}"),
                registering("wallet", "{}", "{}"),
                registering("program", "{\"orgId\":50672}", "{\"name\":\"No id\"}"),
                goodwill("late-1", 341198823, "1"),
                NEW_CUSTOMER_AND_HER_REFERENCE_DATA.get(0)), 10);
        assertThat(report.importedCount()).isEqualTo(1);
        assertThat(report.rejections()).hasSize(4);
        assertThat(report.rejections().get(0)).startsWith("line 1: identifiers[0].value:");
        assertThat(report.rejections().get(1)).startsWith("line 2: register: register names one of program, tier,");
        assertThat(report.rejections().get(2)).isEqualTo("line 3: programId: programId must be a positive whole number (INVALID)");
        assertThat(report.rejections().get(3)).isEqualTo("line 5: profiles and reference data come before the first event");
    }

    @Test
    void running_the_same_file_again_imports_only_what_is_missing() throws IOException {
        var first = List.of(goodwill("again-1", 341198823, "1"), goodwill("again-2", 341198823, "2"));
        importing(first, 10);
        var report = importing(List.of(goodwill("again-1", 341198823, "1"), goodwill("again-2", 341198823, "2"),
                goodwill("again-3", 341198823, "3")), 10);
        assertThat(report.importedCount()).isEqualTo(1);
        assertThat(report.alreadyPresentCount()).isEqualTo(2);
        assertThat(report.rejectedCount()).isZero();
    }
}

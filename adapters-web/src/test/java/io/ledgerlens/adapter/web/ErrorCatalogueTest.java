package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.KOLKATA;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.service.ExplodeLedgerService;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract's error and warning catalogue (§5), one row per entry, over
 * real HTTP: each row is a request that trips exactly that check and nothing
 * else, and the answer is exactly that one item in the contract's envelope.
 * Messages are copied from the spec's text, not from the code.
 *
 * <p>Rows name the world's events by placeholder ({@code {purchase}}...),
 * since the ids are assigned when the world is recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorCatalogueTest {

    private static final String V2 = "/v2/pointsLedger/getLedgerExplodeInfo?";
    private static final String V2_1 = "/v2.1/pointsLedger/getLedgerExplodeInfo?";
    private static final String ASHA = "identifierName=mobile&identifierValue=" + LedgerWorld.MOBILE + "&source=INSTORE";

    /** A parent with three children, which may therefore not ask for {@code DATA-SCOPE: ALL}. */
    private static final OrgId BIG_PARENT = OrgId.of(400);

    private static final List<String> STACK_TRACE_MARKERS = List.of("at io.", "Exception", "SQL", "org.jooq", "java.");

    private final ObjectMapper json = new ObjectMapper();
    private InMemoryLedger ledger;
    private LedgerWorld world;
    private RunningWebApp web;
    private RunningWebApp bigParentsWeb;

    @BeforeAll
    void serveTheWorld() {
        ledger = new InMemoryLedger();
        world = LedgerWorld.recordedThrough(LedgerPorts.of(ledger));
        OrgTrees.register(ledger, Org.root(BIG_PARENT, "Big Parent", KOLKATA, true));
        IntStream.rangeClosed(1, 3).forEach(child ->
                OrgTrees.register(ledger, Org.childOf(BIG_PARENT, OrgId.of(400 + child), "Child " + child, KOLKATA, true)));
        web = RunningWebApp.over(ledger, PARENT);
        bigParentsWeb = RunningWebApp.over(ledger, BIG_PARENT);
    }

    @AfterAll
    void stop() {
        web.close();
        bigParentsWeb.close();
    }

    /** One request of the catalogue and what the contract says it answers. */
    record Row(String path, String query, List<String> headers, boolean storeDown,
               int status, int code, String message) {

        static Row of(String path, String query, int code, String message, String... headers) {
            return new Row(path, query, List.of(headers), false, 400, code, message);
        }
    }

    static Stream<Arguments> catalogue() {
        var hundredAndOneIds = IntStream.rangeClosed(1, 101).mapToObj(String::valueOf).collect(Collectors.joining(","));
        var elevenReferences = IntStream.rangeClosed(1, 11).mapToObj(i -> "BILL-" + i).collect(Collectors.joining(","));
        return Stream.of(
                argumentSet("310144 scope headers wrong on v2.1", Row.of(V2_1, ASHA + "&eventIds={purchase}", 310144,
                        "Connected Orgs not set properly in Headers. Check whether the target organisation is a connected organisation.",
                        "DATA-SCOPE", "EVERYONE")),
                argumentSet("11013 identifierValue absent", Row.of(V2, "identifierName=mobile&source=INSTORE&eventIds={purchase}",
                        11013, "identifierName, identifierValue, source can not be empty")),
                argumentSet("8013 unsupported identifierName", Row.of(V2,
                        "identifierName=phone&identifierValue=919876543210&source=INSTORE&eventIds={purchase}",
                        8013, "Identifier name missing or incorrect.")),
                argumentSet("8003 unsupported source", Row.of(V2,
                        "identifierName=mobile&identifierValue=919876543210&source=SHOP&eventIds={purchase}",
                        8003, "Invalid source")),
                argumentSet("8015 identifierValue malformed for its name", Row.of(V2,
                        "identifierName=mobile&identifierValue=98765-abc&source=INSTORE&eventIds={purchase}",
                        8015, "Identifier value missing or incorrect.")),
                argumentSet("9003 unsupported type", Row.of(V2, ASHA + "&type=PERSON&eventIds={purchase}",
                        9003, "Error fetching points ledger data : invalid type PERSON")),
                argumentSet("11021 eventIds together with eventName and eventReferenceIds", Row.of(V2,
                        ASHA + "&eventIds={purchase}&eventName=TransactionAdd&eventReferenceIds=BILL-1",
                        11021, "EventId and Event References,both cannot be passed")),
                argumentSet("11023 eventName without eventReferenceIds", Row.of(V2, ASHA + "&eventName=TransactionAdd",
                        11023, "Valid identifiers not found : required either EventLogId or (EventName and BillId)")),
                argumentSet("11017 an event id that is not a positive integer", Row.of(V2, ASHA + "&eventIds={purchase},abc",
                        11017, "Event id format exception:For input string: \"abc\"")),
                argumentSet("11014 event name not in the contract", Row.of(V2,
                        ASHA + "&eventName=DelayedAccrual&eventReferenceIds=BILL-1",
                        11014, "Event name not found :DelayedAccrual")),
                argumentSet("11014 more than 10 reference ids", Row.of(V2,
                        ASHA + "&eventName=TransactionAdd&eventReferenceIds=" + elevenReferences,
                        11014, "Requested cannot be processed. Max 10 events are allowed in params.")),
                argumentSet("11014 more than 100 event ids", Row.of(V2, ASHA + "&eventIds=" + hundredAndOneIds,
                        11014, "Requested cannot be processed. Max 100 events are allowed in params.")),
                argumentSet("11006 limit above 100", Row.of(V2, ASHA + "&eventIds={purchase}&limit=101",
                        11006, "Limit cannot be greater than 100")),
                argumentSet("11006 negative offset", Row.of(V2, ASHA + "&eventIds={purchase}&offset=-1",
                        11006, "Invalid offset")),
                argumentSet("9005 alternateCurrencyNames with an empty element", Row.of(V2,
                        ASHA + "&eventIds={purchase}&alternateCurrencyNames=stars,,miles",
                        9005, "Invalid alternateCurrencyNames field value")),
                argumentSet("8015 no customer for the identifier", Row.of(V2,
                        "identifierName=mobile&identifierValue=919800000000&source=INSTORE&eventIds={purchase}",
                        8015, "Customer not found for the given identifiers")),
                argumentSet("1632 no group for the identifier", Row.of(V2,
                        "identifierName=externalId&identifierValue=HH-NOBODY&source=INSTORE&type=USERGROUP2&eventIds={household}",
                        1632, "group id/externalId/primary userId HH-NOBODY passed is not valid")),
                argumentSet("11019 breakup asked while a target org does not capture source values", Row.of(V2_1,
                        ASHA + "&eventIds={purchase}&getPointsEarnedBreakup=true",
                        11019, "Source value capturing status is disabled. Please enable it from org settings page",
                        "DATA-SCOPE", "ALL")),
                argumentSet("9021 event ids that are not the customer's, in request order", Row.of(V2,
                        ASHA + "&eventIds={purchase},{stranger},424242",
                        9021, "Invalid identifiers found [{stranger}, 424242]")),
                argumentSet("9022 a reference id that matches no event of that name", Row.of(V2,
                        ASHA + "&eventName=TransactionAdd&eventReferenceIds=BILL-1,NO-SUCH-BILL",
                        9022, "Event reference IDs are invalid")),
                argumentSet("11024 an event of a kind without explode detail", Row.of(V2, ASHA + "&eventIds={expiry}",
                        11024, "Event detail not found for event log id {expiry}")),
                argumentSet("9003 the ledger store cannot answer", new Row(V2, ASHA + "&eventIds={purchase}", List.of(), true,
                        503, 9003, "Error fetching points ledger data : getExplodeLedgerInfo failed and fallback failed")),
                argumentSet("9018 warning for names that are not alternate currencies", new Row(V2,
                        ASHA + "&eventIds={purchase}&alternateCurrencyNames=stars,coins", List.of(), false,
                        200, 9018, "alternate currencies not found with provided category filters, names: [coins]")));
    }

    private String withIds(String text) {
        return text.replace("{purchase}", String.valueOf(world.purchase.value()))
                .replace("{expiry}", String.valueOf(world.expiry.value()))
                .replace("{stranger}", String.valueOf(world.strangersPurchase.value()))
                .replace("{household}", String.valueOf(world.householdPurchase.value()));
    }

    private RunningWebApp.Reply ask(Row row) {
        return ask(web, row);
    }

    private RunningWebApp.Reply ask(RunningWebApp server, Row row) {
        if (row.storeDown()) {
            ledger.becomeUnavailable();
        }
        try {
            return server.get(row.path() + withIds(row.query()), row.headers().toArray(String[]::new));
        } finally {
            ledger.becomeAvailable();
        }
    }

    private ObjectNode item(int code, String message) {
        return json.createObjectNode().put("status", false).put("code", code).put("message", message);
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void each_catalogue_entry_answers_its_status_code_and_message_in_the_contracts_envelope(Row row) {
        var reply = ask(row);

        assertThat(reply.status()).as(reply.body()).isEqualTo(row.status());
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.header("Content-Type").replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8");
        var expectedItem = item(row.code(), withIds(row.message()));
        if (row.status() == 200) {
            assertThat(reply.json().has("errors")).as(reply.body()).isFalse();
            assertThat(reply.json().get("events").isArray()).isTrue();
            assertThat(reply.json().get("events").isEmpty()).as("the events are still returned").isFalse();
            assertThat(reply.json().get("warnings")).isEqualTo(json.createArrayNode().add(expectedItem));
        } else {
            ArrayNode errors = json.createArrayNode().add(expectedItem);
            assertThat(reply.json()).isEqualTo(json.createObjectNode().<ObjectNode>set("errors", errors)
                    .set("warnings", json.createArrayNode()));
        }
        if (row.status() == 503) {
            assertThat(reply.header("Retry-After")).isEqualTo("5");
        } else {
            assertThat(reply.header("Retry-After")).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void no_catalogue_answer_carries_a_stack_trace_sql_or_a_class_name(Row row) {
        var body = ask(row).body();

        assertThat(body).isNotBlank();
        for (var marker : STACK_TRACE_MARKERS) {
            assertThat(body).as("marker '%s'", marker).doesNotContain(marker);
        }
    }

    @Test
    void the_catalogue_has_a_row_for_every_code_of_the_contract() {
        var codes = catalogue().map(arguments -> ((Row) arguments.get()[0]).code()).collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrder(310144, 11013, 8013, 8003, 8015, 9003, 11021, 11023, 11017,
                11014, 11006, 9005, 1632, 11019, 9021, 9022, 11024, 9018);
        assertThat(catalogue()).hasSize(23);
    }

    /** Every violation of §3 is the same 310144; the request is otherwise valid, so nothing else is reported. */
    static Stream<Arguments> scopeViolations() {
        return Stream.of(
                argumentSet("unknown DATA-SCOPE value", List.of("DATA-SCOPE", "some")),
                argumentSet("OTHER without DATA-SCOPE-ORG", List.of("DATA-SCOPE", "OTHER")),
                argumentSet("OTHER with a blank DATA-SCOPE-ORG", List.of("DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", " ")),
                argumentSet("OTHER with a non-numeric org id", List.of("DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "two hundred")),
                argumentSet("OTHER with an unknown org", List.of("DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "999")),
                argumentSet("OTHER with an org that is not connected", List.of("DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "300")),
                argumentSet("OTHER with more than two orgs", List.of("DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "100,200,100")),
                argumentSet("OTHER with an unknown org under the DATA-SCOPE-ORGS alias",
                        List.of("DATA-SCOPE", "other", "DATA-SCOPE-ORGS", "999")));
    }

    @ParameterizedTest
    @MethodSource("scopeViolations")
    void every_violation_of_the_connected_orgs_rules_is_the_same_310144(List<String> headers) throws Exception {
        var reply = ask(Row.of(V2_1, ASHA + "&eventIds={purchase}", 0, "", headers.toArray(String[]::new)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).isEqualTo(json.readTree("""
                {"errors": [{"status": false, "code": 310144, "message":
                  "Connected Orgs not set properly in Headers. Check whether the target organisation is a connected organisation."}],
                 "warnings": []}"""));
    }

    @Test
    void an_unknown_org_and_an_org_the_caller_may_not_see_get_the_same_status_and_body() {
        var unknown = ask(Row.of(V2_1, ASHA + "&eventIds={purchase}", 0, "", "DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "999"));
        var hidden = ask(Row.of(V2_1, ASHA + "&eventIds={purchase}", 0, "", "DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "300"));

        assertThat(hidden.status()).isEqualTo(unknown.status()).isEqualTo(400);
        assertThat(hidden.body()).isEqualTo(unknown.body());
    }

    @Test
    void a_parent_of_more_than_two_children_may_not_ask_for_all_but_may_name_its_children() {
        var all = ask(bigParentsWeb, Row.of(V2_1, ASHA + "&eventIds=1", 0, "", "DATA-SCOPE", "ALL"));
        var other = ask(bigParentsWeb, Row.of(V2_1, ASHA + "&eventIds=1", 0, "", "DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "401,402"));

        assertThat(all.status()).isEqualTo(400);
        assertThat(all.json().at("/errors/0/code").asInt()).isEqualTo(310144);
        assertThat(all.json().get("errors")).hasSize(1);
        // Naming two children is allowed: the request gets past the scope check to the customer lookup.
        assertThat(other.json().at("/errors/0/code").asInt()).isEqualTo(8015);
        assertThat(other.json().at("/errors/0/message").asText()).isEqualTo("Customer not found for the given identifiers");
    }

    @Test
    void on_v2_the_scope_headers_are_ignored() {
        var reply = ask(Row.of(V2, ASHA + "&eventIds={purchase}", 0, "", "DATA-SCOPE", "EVERYONE", "DATA-SCOPE-ORG", "999"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/events/0/eventLogId").asLong()).isEqualTo(world.purchase.value());
    }
}

package io.ledgerlens.bootstrap.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * No client input reaches PostgreSQL in a form it refuses: every write
 * endpoint, on the real database, with each of its fields in turn replaced by
 * values that are hard to store (NUL, half a surrogate pair, far-off years,
 * numbers beyond any column, ids beyond a long), and with path ids of every
 * wrong shape, answers below 500.
 *
 * <p>And accepted means stored: a request of every write with every field
 * ({@code writes/every-field.json}) is answered 2xx; so is each with one field
 * at the limit the OpenAPI document gives it, and filled with a character that
 * grows when lower-cased; one past the limit is 400 at that field. The limits
 * are read from the document, whose limits {@link WireLimitsMatchColumnsTest}
 * holds to the columns.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritesNeverAnswerA5xxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Each write with a body it accepts; {@code %s} is where path ids are tried. */
    private static final Map<String, String> WRITES = Map.ofEntries(
            Map.entry("/v1/ledger/orgs/%s", "{\"name\": \"Airport\", \"parentOrgId\": 50672, \"timeZone\": \"Asia/Kolkata\", "
                    + "\"sourceValueCapturing\": true}"),
            Map.entry("/v1/ledger/orgs/50672/children/%s", ""),
            Map.entry("/v1/ledger/orgs/50672/programs/%s", "{\"name\": \"Core\", \"isDefault\": false}"),
            Map.entry("/v1/ledger/orgs/50672/programs/2649/tiers/%s", "{\"name\": \"GOLD\"}"),
            Map.entry("/v1/ledger/orgs/50672/points-categories/%s", "{\"name\": \"Main\"}"),
            Map.entry("/v1/ledger/orgs/50672/allocation-strategies/%s", "{\"name\": \"10 percent\"}"),
            Map.entry("/v1/ledger/orgs/50672/expiry-strategies/%s", "{\"name\": \"END12\", \"type\": \"FIXED\"}"),
            Map.entry("/v1/ledger/orgs/50672/promotions/%s", "{\"name\": \"Diwali\", \"startDate\": \"2024-10-01\", "
                    + "\"endDate\": \"2024-11-15\"}"),
            Map.entry("/v1/ledger/orgs/50672/alternate-currencies/%s", "{\"name\": \"gems\", \"identifier\": \"g1\"}"),
            Map.entry("/v1/ledger/orgs/50672/tills/%s", "{\"code\": \"acme.till9\"}"),
            Map.entry("/v1/ledger/customers/%s", "{\"firstName\": \"Zoya\", \"lastName\": \"Khan\", \"identifiers\": ["
                    + "{\"name\": \"mobile\", \"value\": \"919800099999\", \"source\": \"INSTORE\"},"
                    + "{\"name\": \"email\", \"value\": \"zoya@example.com\", \"source\": \"WECHAT\", \"accountId\": \"wx-acme\"},"
                    + "{\"name\": \"externalId\", \"value\": \"Z-1\", \"source\": \"WEBSITE\"}]}"),
            Map.entry("/v1/ledger/user-groups/%s", "{\"externalId\": \"HH-KHAN\", \"name\": \"Khans\", "
                    + "\"members\": [{\"customerId\": 341198823, \"primary\": true}, {\"customerId\": 341198824}]}"));

    private static final List<JsonNode> HARD_VALUES = List.of(
            NODES.textNode("nul\u0000inside"), NODES.textNode("half \ud800 a pair"), NODES.textNode("\udfff"),
            NODES.textNode("😀".repeat(127)), NODES.textNode("😀".repeat(128)), NODES.textNode("x".repeat(100_000)),
            NODES.textNode(""), NODES.textNode(" "), NODES.textNode("'; drop table org; --"),
            NODES.textNode("+999999999-12-31"), NODES.textNode("-999999999-01-01"), NODES.textNode("0000-01-01"),
            NODES.textNode("+294277-01-01T00:00:00Z"), NODES.textNode("9999-12-31T23:59:59-18:00"),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(new java.math.BigInteger("9".repeat(40))),
            NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(0.5), NODES.numberNode(-1),
            NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode());

    private static final List<String> HARD_IDS = List.of("0", "-1", "9223372036854775807", "9223372036854775808", "2147483648",
            "1e3", "%20", "%00", "١٢٣", "00000000000000000001", "abc");

    private LedgerLensService service;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    void startTheServiceWithTheDemo() {
        // Hundreds of writes a second: past the default rate limit, a 429 answered before the body is read makes
        // Jetty close the connection, and the client's next request on it fails with no answer at all.
        service = DemoLedgers.fresh(DemoLedgers.UNTHROTTLED).start("127.0.0.1", 0);
    }

    @org.junit.jupiter.api.BeforeEach
    void noFailuresYet() {
        failures.clear();
    }

    @AfterAll
    void stop() {
        service.close();
    }

    private void put(String path, String body) {
        put(path, body, true);
    }

    /** A keep-alive connection the server has just closed fails the request without an answer: that one is sent again. */
    private void put(String path, String body, boolean again) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                    .header("Authorization", DemoLedgers.RETAILER_TILL)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500 || !response.body().startsWith("{")) {
                failures.add(response.statusCode() + " for PUT " + path + " " + abbreviated(body) + ": " + response.body());
            }
        } catch (IOException failure) {
            if (again) {
                put(path, body, false);
            } else {
                failures.add("no answer for PUT " + path + " " + abbreviated(body) + ": " + failure);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    /** Every leaf (and every array element, and every object) of {@code node}, as JSON pointers. */
    private static void pointers(JsonNode node, String at, List<String> found) {
        if (!at.isEmpty()) {
            found.add(at);
        }
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> pointers(object.get(name), at + "/" + name, found));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                pointers(array.get(i), at + "/" + i, found);
            }
        }
    }

    private static String replaced(String body, String pointer, JsonNode value) throws IOException {
        var tree = (ObjectNode) JSON.readTree(body);
        LimitVariants.set(tree, pointer, value);
        return JSON.writeValueAsString(tree);
    }

    @Test
    void every_write_answers_every_hard_value_in_every_field_below_500() throws IOException {
        int sent = 0;
        for (var write : WRITES.entrySet()) {
            var path = write.getKey().formatted("7171");
            put(path, write.getValue());
            sent++;
            if (write.getValue().isEmpty()) {
                continue;
            }
            var fields = new ArrayList<String>();
            pointers(JSON.readTree(write.getValue()), "", fields);
            for (var field : fields) {
                for (var value : HARD_VALUES) {
                    put(path, replaced(write.getValue(), field, value));
                    sent++;
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(sent).isGreaterThan(900);
    }

    @Test
    void every_write_answers_path_ids_of_every_wrong_shape_below_500() {
        for (var write : WRITES.entrySet()) {
            for (var id : HARD_IDS) {
                put(write.getKey().formatted(id), write.getValue());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void an_event_with_far_off_times_and_hard_text_is_refused_below_500() throws IOException {
        var goodwill = "{\"uniqueId\": \"hard-1\", \"eventName\": \"AllocateGoodwillPoints\", \"customerId\": 341198823, "
                + "\"eventTime\": \"2026-11-20T10:00:00+05:30\", \"allocations\": [{\"kind\": \"REGULAR\", \"value\": 1.0, "
                + "\"sourceValue\": 0, \"awardedOn\": \"2026-11-20T10:00:00+05:30\", \"expiresOn\": \"2027-11-30T23:59:59+05:30\", "
                + "\"program\": {\"id\": 2649, \"name\": \"Default Program\", \"isDefault\": true}, "
                + "\"category\": {\"id\": 18871, \"name\": \"Main\"}, \"allocationStrategy\": {\"id\": 111526, \"name\": \"10 percent\"}, "
                + "\"expiryStrategy\": {\"id\": 109281, \"name\": \"NUM_MONTHS_END12\", \"type\": \"FIXED\"}, "
                + "\"promotion\": {\"id\": 7701, \"name\": \"Weekend double points\", \"startDate\": \"2024-01-01\"}}], "
                + "\"goodwill\": {\"reason\": \"Late delivery\", \"comments\": \"Order 5531\"}}";
        var fields = new ArrayList<String>();
        pointers(JSON.readTree(goodwill), "", fields);
        int variant = 0;
        for (var field : fields) {
            for (var value : HARD_VALUES) {
                var body = (ObjectNode) JSON.readTree(replaced(goodwill, field, value));
                if (!field.equals("/uniqueId")) {
                    body.put("uniqueId", "hard-" + variant++);
                }
                post(JSON.writeValueAsString(body));
            }
        }
        assertThat(failures).isEmpty();
    }

    // ---- at the limits of the document

    /** An answer: its status and body. */
    private record Reply(int status, JsonNode json, String body) {
    }

    private Reply send(String method, String path, String body) {
        for (int attempt = 0; ; attempt++) {
            try {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                        .header("Authorization", DemoLedgers.RETAILER_TILL).header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                var json = response.body().startsWith("{") ? JSON.readTree(response.body()) : NODES.objectNode();
                return new Reply(response.statusCode(), json, response.body());
            } catch (IOException closedUnderUs) {
                if (attempt > 0) {
                    throw new java.io.UncheckedIOException(closedUnderUs);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    private final java.util.concurrent.atomic.AtomicLong fresh = new java.util.concurrent.atomic.AtomicLong();

    /** The body to send for {@code variant}: ids that must be new each time (an event's, a credential's name) made new. */
    private ObjectNode sendable(LimitVariants.Base base, ObjectNode body, String field) {
        var sent = body.deepCopy();
        if (base.path().equals("/v1/ledger/events") && !field.equals("uniqueId")) {
            sent.put("uniqueId", "lim-" + base.name().replace(' ', '-') + "-" + fresh.incrementAndGet());
        }
        if (base.path().equals("/v1/admin/credentials") && !field.equals("name")) {
            sent.put("name", "lim.till." + fresh.incrementAndGet());
        }
        return sent;
    }

    /**
     * A return gives back a purchase: before each, Priya buys what it returns (its bill number, its item codes)
     * at the largest amounts and quantities there are, so that any return of it is within what was bought.
     */
    private void buyWhatIsReturned(ObjectNode aReturn) throws IOException {
        var most = new java.math.BigDecimal("999999999999999999.999999");
        var lines = NODES.arrayNode();
        for (var line : aReturn.at("/bill/lineItems")) {
            lines.addObject().put("id", line.path("id").asLong(1)).set("itemCode", line.get("itemCode"));
            ((ObjectNode) lines.get(lines.size() - 1)).put("grossAmount", most).put("discount", 0).put("amount", most)
                    .put("rate", most).put("qty", most);
        }
        var purchase = (ObjectNode) JSON.readTree("{\"eventName\": \"TransactionAdd\", \"customerId\": 341198823, "
                + "\"eventTime\": \"2026-11-19T10:00:00+05:30\", \"bill\": {\"grossAmount\": 0, \"discount\": 0, "
                + "\"source\": \"INSTORE\", \"billDate\": \"2026-11-19T10:00:00+05:30\"}}");
        purchase.put("uniqueId", "lim-bought-" + fresh.incrementAndGet());
        ((ObjectNode) purchase.get("bill")).put("billAmount", most).put("grossAmount", most)
                .set("billNumber", aReturn.at("/bill/return/returnBillId"));
        ((ObjectNode) purchase.get("bill")).set("lineItems", lines);
        send("POST", "/v1/ledger/events", JSON.writeValueAsString(purchase));
    }

    private Reply sendVariant(LimitVariants.Base base, String path, String field, ObjectNode body) throws IOException {
        var sent = sendable(base, body, field);
        if ("ReturnBill".equals(sent.path("eventName").asText())) {
            buyWhatIsReturned(sent);
        }
        return send(base.method(), path, JSON.writeValueAsString(sent));
    }

    private static java.util.Optional<String> unexpected(LimitVariants.Variant variant, Reply reply) {
        var at = variant.base().name() + " " + variant.field() + " " + variant.what() + ": " + reply.status() + " "
                + abbreviated(reply.body());
        var ok = switch (variant.expect()) {
            case STORED -> reply.status() >= 200 && reply.status() < 300;
            case NOT_REFUSED_AT_THE_FIELD -> reply.status() < 500 && !LimitVariants.refusesTheValue(reply.json(), variant.field());
            case REFUSED_AT_THE_FIELD -> reply.status() == 400 && LimitVariants.namesTheField(reply.json(), variant.field());
        };
        return ok ? java.util.Optional.empty() : java.util.Optional.of(at);
    }

    private static WriteApiDocument.Operation operationOf(LimitVariants.Base base) {
        return WriteApiDocument.shipped().writes().stream()
                .filter(write -> write.method().equals(base.method()) && write.path().equals(base.path()))
                .findFirst().orElseThrow(() -> new AssertionError("no write " + base.method() + " " + base.path() + " in the document"));
    }

    @Test
    void a_request_of_every_write_with_every_field_is_stored() throws IOException {
        for (var base : LimitVariants.bases()) {
            var reply = sendVariant(base, base.concretePath(), "", base.body());
            if (reply.status() < 200 || reply.status() >= 300) {
                failures.add(base.name() + ": " + reply.status() + " " + reply.body());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void every_field_at_its_limit_is_stored_one_past_it_is_refused_at_it_and_growing_characters_are_counted_as_stored()
            throws IOException {
        var limits = new LimitVariants();
        int sent = 0;
        for (var base : LimitVariants.bases()) {
            var operation = operationOf(base);
            var variants = new ArrayList<>(limits.ofBody(base, operation));
            variants.addAll(limits.ofPath(base, operation));
            for (var variant : variants) {
                unexpected(variant, sendVariant(base, variant.path(), variant.field(), variant.body())).ifPresent(failures::add);
                sent++;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(sent).isGreaterThan(700);
    }

    @Test
    void every_field_the_document_limits_is_sent_at_its_limit_by_some_request_here() {
        var sentAt = new java.util.TreeSet<String>();
        for (var base : LimitVariants.bases()) {
            var operation = operationOf(base);
            LimitVariants.leaves(base.body()).forEach(leaf -> operation.field(leaf.requestPath())
                    .ifPresent(field -> sentAt.add(field.definition())));
            base.ids().keySet().forEach(id -> operation.field("{" + id + "}").ifPresent(field -> sentAt.add(field.definition())));
        }
        var limited = new java.util.TreeSet<String>();
        WriteApiDocument.shipped().writes().forEach(write -> write.fields().stream()
                .filter(field -> field.maxLength().isPresent() || field.maximum().isPresent())
                .forEach(field -> limited.add(field.definition())));
        // Only the operator sets an org's parent (ledgerlens orgs connect): any value but the registered one is 403.
        limited.remove("Org.parentOrgId");
        assertThat(sentAt).containsAll(limited);
    }

    @Test
    void a_bill_takes_a_thousand_line_items_and_lists_beyond_their_limit_are_refused_at_the_list() throws IOException {
        var purchase = LimitVariants.bases().stream().filter(base -> base.name().equals("purchase")).findFirst().orElseThrow();
        var lines = (ArrayNode) purchase.body().at("/bill/lineItems");
        var line = lines.get(0);
        var thousand = purchase.body().deepCopy();
        var many = (ArrayNode) thousand.at("/bill/lineItems");
        many.removeAll();
        for (int i = 1; i <= 1000; i++) {
            many.add(((ObjectNode) line.deepCopy()).put("id", i));
        }
        assertThat(sendVariant(purchase, purchase.concretePath(), "", thousand).status()).isEqualTo(201);
        many.add(((ObjectNode) line.deepCopy()).put("id", 1001));
        var tooMany = sendVariant(purchase, purchase.concretePath(), "", thousand);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(LimitVariants.namesTheField(tooMany.json(), "bill.lineItems")).as(tooMany.body()).isTrue();

        var customer = LimitVariants.bases().stream().filter(base -> base.name().equals("customer")).findFirst().orElseThrow();
        var identifiers = customer.body().deepCopy();
        var listed = (ArrayNode) identifiers.get("identifiers");
        for (int i = listed.size(); i <= 100; i++) {
            listed.addObject().put("name", "externalId").put("value", "X-" + i).put("source", "INSTORE");
        }
        var refused = send("PUT", customer.concretePath(), JSON.writeValueAsString(identifiers));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(LimitVariants.namesTheField(refused.json(), "identifiers")).as(refused.body()).isTrue();
    }

    private void post(String body) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/v1/ledger/events"))
                    .header("Authorization", DemoLedgers.RETAILER_TILL)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " for POST " + abbreviated(body) + ": " + response.body());
            }
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

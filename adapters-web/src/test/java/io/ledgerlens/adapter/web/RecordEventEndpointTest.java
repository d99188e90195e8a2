package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RecordEventEndpointTest extends ServedWorld {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "/v1/ledger/events";

    private static ObjectNode request(String name) {
        try (var in = RecordEventEndpointTest.class.getResourceAsStream("/requests/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String changed(String name, Consumer<ObjectNode> change) {
        var body = request(name);
        change.accept(body);
        return body.toString();
    }

    private JsonNode explode(long eventLogId, String flags) {
        return web.get("/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + MOBILE
                + "&source=INSTORE&eventIds=" + eventLogId + flags).json();
    }

    private static List<List<String>> problems(RunningWebApp.Reply reply) {
        var found = new ArrayList<List<String>>();
        reply.json().get("errors").forEach(e -> found.add(List.of(e.get("field").asText(), e.get("code").asText())));
        return found;
    }

    @Test
    void a_purchase_is_recorded_and_explodes_as_it_was_sent() {
        var reply = web.post(EVENTS, request("purchase.json").toString());
        assertThat(reply.status()).isEqualTo(201);
        var id = reply.json().get("eventLogId").asLong();
        var event = explode(id, "&getBillDetails=true&getCustomFields=true&getPaymentModes=true&includeAlternateCurrencies=true")
                .at("/events/0");
        assertThat(event.get("eventName").asText()).isEqualTo("TransactionAdd");
        assertThat(event.at("/billDetails/billNumber").asText()).isEqualTo("num777001");
        assertThat(event.at("/billDetails/billAmount").decimalValue()).isEqualByComparingTo("480.0");
        assertThat(event.at("/billDetails/lineItems/0/pointsEarned/regular/0/value").decimalValue()).isEqualByComparingTo("48");
        assertThat(event.at("/billDetails/pointsEarned/promised/0/conversionDate").asText()).isEqualTo("2024-08-31 00:00:00.0");
        assertThat(event.at("/billDetails/alternateCurrencyValueEarned/0/alternateCurrencyName").asText()).isEqualTo("stars");
        assertThat(event.at("/paymentModes/0").asText()).isEqualTo("CARD");
        assertThat(event.at("/pointInTimeSlabs/0/pointInTimeSlabName").asText()).isEqualTo("SILVER");
    }

    @Test
    void an_extended_field_holding_a_date_time_is_answered_in_the_servers_zone_and_other_fields_as_sent() {
        var reply = web.post(EVENTS, changed("purchase.json", body -> {
            body.put("uniqueId", "pos-delivered-at");
            var fields = body.putArray("extendedFields");
            fields.addObject().put("name", "delivered_at").put("value", "2024-03-26T05:08:00Z");
            fields.addObject().put("name", "channel").put("value", "pos");
        }));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);

        var fields = explode(reply.json().get("eventLogId").asLong(), "&getExtendedFields=true").at("/events/0/extendedFields");
        assertThat(fields.get(0).get("value").asText()).as("in the server zone of the test service, Asia/Kolkata")
                .isEqualTo("2024-03-26T10:38:00+05:30");
        assertThat(fields.get(1).get("value").asText()).isEqualTo("pos");
    }

    /** The purchase with {@code lines} line items in all, copies of its first with ids of their own. */
    private static ObjectNode purchaseOf(int lines, String uniqueId) {
        var body = request("purchase.json");
        body.put("uniqueId", uniqueId);
        var items = (com.fasterxml.jackson.databind.node.ArrayNode) body.at("/bill/lineItems");
        var first = (ObjectNode) items.get(0);
        items.removeAll();
        for (int i = 1; i <= lines; i++) {
            items.add(first.deepCopy().put("id", i));
        }
        return body;
    }

    /** How many parts the purchase request has besides its line items (awards, fields, payment modes, tiers). */
    private static int partsBesidesLines(ObjectNode purchase) {
        int parts = 0;
        for (var list : List.of("/allocations", "/customFields", "/extendedFields", "/paymentModes", "/pointInTimeSlabs",
                "/bill/allocations")) {
            parts += purchase.at(list).size();
        }
        for (var line : purchase.at("/bill/lineItems")) {
            parts += line.at("/allocations").size();
        }
        return parts;
    }

    @Test
    void a_bill_takes_at_most_a_thousand_line_items() {
        assertThat(web.post(EVENTS, purchaseOf(1000, "pos-1000-lines").toString()).status()).isEqualTo(201);

        var tooMany = web.post(EVENTS, purchaseOf(1001, "pos-1001-lines").toString());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(problems(tooMany)).containsExactly(List.of("bill.lineItems", "INVALID"));
        assertThat(tooMany.json().at("/errors/0/message").asText()).contains("at most 1000 line items, not 1001");
    }

    @Test
    void an_event_takes_at_most_five_thousand_parts() {
        var atTheLimit = purchaseOf(1, "pos-5000-parts");
        var fields = (com.fasterxml.jackson.databind.node.ArrayNode) atTheLimit.withArray("/customFields");
        while (partsBesidesLines(atTheLimit) + 1 < 5000) {
            fields.addObject().put("name", "f" + fields.size()).put("value", "v");
        }
        assertThat(web.post(EVENTS, atTheLimit.toString()).status()).isEqualTo(201);

        fields.addObject().put("name", "one too many").put("value", "v");
        atTheLimit.put("uniqueId", "pos-5001-parts");
        var tooMany = web.post(EVENTS, atTheLimit.toString());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(problems(tooMany)).containsExactly(List.of("", "INVALID"));
        assertThat(tooMany.json().at("/errors/0/message").asText()).contains("at most 5000 parts", "not 5001");
    }

    @Test
    void text_is_counted_in_characters_as_the_database_counts_them_not_in_utf16_units() {
        var emoji = new String(Character.toChars(0x1F600));
        var atTheLimit = web.post(EVENTS, changed("purchase.json", body -> {
            body.put("uniqueId", "pos-emoji-2000");
            ((ObjectNode) body.at("/customFields/0")).put("value", emoji.repeat(2000));
            ((ObjectNode) body.at("/bill")).put("billNumber", emoji.repeat(255));
        }));
        assertThat(atTheLimit.status()).as(atTheLimit.body()).isEqualTo(201);

        var onePast = web.post(EVENTS, changed("purchase.json", body -> {
            body.put("uniqueId", "pos-emoji-2001");
            ((ObjectNode) body.at("/customFields/0")).put("value", emoji.repeat(2001));
            ((ObjectNode) body.at("/bill")).put("billNumber", emoji.repeat(256));
        }));
        assertThat(onePast.status()).isEqualTo(400);
        assertThat(problems(onePast)).containsExactlyInAnyOrder(
                List.of("customFields[0].value", "INVALID"), List.of("bill.billNumber", "INVALID"));
    }

    @Test
    void a_redemption_is_recorded_with_its_own_block() {
        var reply = web.post(EVENTS, request("redemption.json").toString());
        assertThat(reply.status()).isEqualTo(201);
        var event = explode(reply.json().get("eventLogId").asLong(), "").at("/events/0");
        assertThat(event.at("/eventDetails/redemptionDetails/pointsRedeemed").asText()).isEqualTo("40.000");
        assertThat(event.at("/pointsBreakup/0/programId").asText()).isEqualTo("2649");
        assertThat(event.at("/customFields/0/name").asText()).isEqualTo("counter");
    }

    @Test
    void a_retry_is_answered_200_with_the_original_id_and_a_reused_unique_id_409() {
        var first = web.post(EVENTS, request("purchase.json").toString()).json().get("eventLogId").asLong();
        var retry = web.post(EVENTS, request("purchase.json").toString());
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("eventLogId").asLong()).isEqualTo(first);
        var reuse = web.post(EVENTS, changed("purchase.json", body -> body.put("tillId", 42)));
        assertThat(reuse.status()).isEqualTo(409);
        assertThat(reuse.json().at("/errors/0/code").asText()).isEqualTo("UNIQUE_ID_REUSED");
        assertThat(reuse.json().at("/errors/0/eventLogId").asLong()).isEqualTo(first);
    }

    @Test
    void every_problem_is_reported_at_once_at_its_field_and_nothing_is_written() {
        var reply = web.post(EVENTS, changed("purchase.json", body -> {
            body.remove("uniqueId");
            body.put("eventTime", "yesterday");
            var line = (ObjectNode) body.at("/bill/lineItems/0");
            line.put("qty", -2);
            var allocation = (ObjectNode) line.at("/allocations/0");
            allocation.put("kind", "BONUS");
            allocation.put("value", 1.1234567);
            ((ObjectNode) body.at("/bill/allocations/0")).remove("conversionDate");
        }));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(problems(reply)).containsExactlyInAnyOrder(
                List.of("uniqueId", "REQUIRED"),
                List.of("eventTime", "INVALID"),
                List.of("bill.lineItems[0].qty", "INVALID"),
                List.of("bill.lineItems[0].allocations[0].kind", "INVALID"),
                List.of("bill.lineItems[0].allocations[0].value", "INVALID"),
                List.of("bill.allocations[0]", "INVALID"));
        var byReference = web.get("/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + MOBILE
                + "&source=INSTORE&eventName=TransactionAdd&eventReferenceIds=num777001");
        assertThat(byReference.json().at("/errors/0/code").asInt()).isEqualTo(9022);
    }

    @Test
    void a_promised_award_may_say_when_its_points_lapse_once_converted_and_only_its_breakup_shows_it() {
        var lapsing = web.post(EVENTS, changed("purchase.json", body ->
                ((ObjectNode) body.at("/bill/allocations/0")).put("expiresOn", "2025-08-31T23:59:59+05:30")));
        assertThat(lapsing.status()).isEqualTo(201);
        var event = explode(lapsing.json().get("eventLogId").asLong(), "&getBillDetails=true&getPointsEarnedBreakup=true")
                .at("/events/0/billDetails");
        assertThat(event.at("/pointsEarnedBreakup/promised/0/expiresOn").asText()).isEqualTo("2025-08-31 23:59:59.0");
        assertThat(event.at("/pointsEarnedBreakup/promised/0/conversionDate").isMissingNode()).isTrue();
        assertThat(event.at("/pointsEarned/promised/0").has("expiresOn"))
                .as("§7.2: a promised pointsEarned entry has value, conversionDate, programId and programName only").isFalse();
        assertThat(event.at("/pointsEarned/promised/0/conversionDate").asText()).isEqualTo("2024-08-31 00:00:00.0");
    }

    @Test
    void a_promised_award_recorded_without_its_lapse_date_leaves_it_out_of_the_breakup_rather_than_inventing_one() {
        var reply = web.post(EVENTS, request("purchase.json").toString());
        var breakup = explode(reply.json().get("eventLogId").asLong(), "&getPointsEarnedBreakup=true")
                .at("/events/0/billDetails/pointsEarnedBreakup/promised/0");
        assertThat(breakup.get("value").decimalValue()).isEqualByComparingTo("20");
        assertThat(breakup.has("expiresOn")).isFalse();
        assertThat(breakup.has("expiresOnISO")).isFalse();
    }

    @Test
    void promised_points_cannot_lapse_before_they_convert() {
        var reply = web.post(EVENTS, changed("purchase.json", body ->
                ((ObjectNode) body.at("/bill/allocations/0")).put("expiresOn", "2024-08-30T23:59:59+05:30")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(problems(reply)).containsExactly(List.of("bill.allocations[0].expiresOn", "INVALID"));
        assertThat(reply.json().at("/errors/0/message").asText()).contains("bill.allocations[0].conversionDate");
        var byReference = web.get("/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + MOBILE
                + "&source=INSTORE&eventName=TransactionAdd&eventReferenceIds=num777001");
        assertThat(byReference.json().at("/errors/0/code").asInt()).as("nothing was written").isEqualTo(9022);
    }

    /** A return of {@code returnedBill} (purchase.json's is num777001: 480.0 for two of sku_kurta_blue). */
    private static String aReturn(String tag, String returnedBill, String amount, int qty) {
        return changed("purchase.json", body -> {
            body.put("uniqueId", "pos-4711-ret-" + tag).put("eventName", "ReturnBill").put("eventReferenceId", "ret-" + tag);
            var bill = (ObjectNode) body.get("bill");
            bill.put("billNumber", "ret-" + tag);
            bill.putObject("return").put("returnDate", "2024-08-03T11:00:00+05:30").put("returnAmount", new java.math.BigDecimal(amount))
                    .put("returnType", "LINE_ITEM").put("returnBillId", returnedBill);
            ((ObjectNode) bill.at("/lineItems/0")).putObject("return").put("returnAmount", new java.math.BigDecimal(amount))
                    .put("returnRate", 250.0).put("returnQty", qty).put("returnValue", new java.math.BigDecimal(amount))
                    .put("serialNumber", "SN-" + tag);
        });
    }

    @Test
    void a_bill_is_returned_in_parts_but_never_beyond_what_it_bought() {
        web.post(EVENTS, request("purchase.json").toString());
        assertThat(web.post(EVENTS, aReturn("part-1", "num777001", "240.0", 1)).status()).isEqualTo(201);

        var tooMuch = web.post(EVENTS, aReturn("part-2", "num777001", "250.0", 2));

        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(problems(tooMuch)).containsExactly(
                List.of("bill.return.returnAmount", "EXCEEDS_PURCHASE"),
                List.of("bill.lineItems[0].return.returnQty", "EXCEEDS_PURCHASE"));
        assertThat(tooMuch.json().at("/errors/0/message").asText())
                .isEqualTo("bill num777001 has 240 left to return after earlier returns; this return gives back 250");
        assertThat(tooMuch.json().at("/errors/1/message").asText()).isEqualTo("bill num777001 has 1 of item sku_kurta_blue"
                + " left to return after earlier returns; this return's lines of it give back 2");
        assertThat(web.post(EVENTS, aReturn("part-2", "num777001", "240.0", 1)).status()).isEqualTo(201);
        assertThat(web.post(EVENTS, aReturn("part-3", "num777001", "0.01", 0)).status()).isEqualTo(409);
    }

    @Test
    void a_return_of_a_bill_never_bought_is_not_found_and_a_return_must_name_its_bill() {
        var neverBought = web.post(EVENTS, aReturn("stray", "num000000", "1.0", 1));
        assertThat(neverBought.status()).isEqualTo(404);
        assertThat(problems(neverBought)).containsExactly(List.of("bill.return.returnBillId", "NOT_FOUND"));

        var unnamed = web.post(EVENTS, changed("purchase.json", body -> body.put("uniqueId", "pos-4711-ret-unnamed")
                .put("eventName", "ReturnBill")));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(problems(unnamed)).containsExactly(List.of("bill.return", "REQUIRED"));
    }

    @Test
    void an_unknown_field_a_wrong_type_and_a_body_that_is_not_json_are_refused_plainly() {
        var unknown = web.post(EVENTS, changed("purchase.json", body -> ((ObjectNode) body.get("bill")).put("tip", 5)));
        assertThat(problems(unknown)).containsExactly(List.of("bill.tip", "UNKNOWN"));
        var wrongType = web.post(EVENTS, changed("purchase.json", body -> body.put("customerId", "asha")));
        assertThat(problems(wrongType)).containsExactly(List.of("customerId", "INVALID"));
        var notJson = web.post(EVENTS, "{\"uniqueId\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(problems(notJson)).containsExactly(List.of("", "INVALID"));
        assertThat(unknown.body() + wrongType.body() + notJson.body()).doesNotContain("io.ledgerlens", "class", "Exception");
    }

    @Test
    void an_event_for_another_orgs_customer_is_refused() {
        var reply = web.post(EVENTS, changed("purchase.json", body -> body.put("customerId", 5004)));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(problems(reply)).containsExactly(List.of("customerId", "NOT_FOUND"));
    }

    @Test
    void a_bill_on_an_event_without_one_and_a_block_of_another_kind_are_refused() {
        var reply = web.post(EVENTS, changed("redemption.json", body -> {
            body.set("bill", request("purchase.json").get("bill"));
            body.putObject("voucher").put("voucherIssuedId", 1);
        }));
        assertThat(reply.json().get("errors")).extracting(e -> e.get("field").asText(), e -> e.get("code").asText())
                .contains(tuple("bill", "NOT_ALLOWED"), tuple("voucher", "NOT_ALLOWED"));
    }

    @Test
    void a_store_that_cannot_answer_is_503_with_retry_after() {
        ledger.becomeUnavailable();
        var reply = web.post(EVENTS, request("purchase.json").toString());
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }
}

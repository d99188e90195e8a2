package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ExplodeEndpointTest extends ServedWorld {

    private String ashaAsks(String parameters) {
        return "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + MOBILE
                + "&source=INSTORE&" + parameters;
    }

    private static JsonNode golden(String name) throws IOException {
        try (var in = ExplodeEndpointTest.class.getResourceAsStream("/golden/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void a_purchase_with_bill_details_matches_the_contracts_shape() throws IOException {
        var reply = web.get(ashaAsks("eventIds=" + world.purchase + "&getBillDetails=true"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(golden("transaction-add-with-bill-details.json"));
    }

    @Test
    void without_flags_a_bill_event_has_only_the_common_keys_and_other_events_their_points() throws IOException {
        var reply = web.get(ashaAsks("eventIds=" + world.registration + "," + world.purchase));
        assertThat(reply.json()).isEqualTo(golden("registration-and-purchase-without-flags.json"));
    }

    @Test
    void points_and_amounts_are_exact_numbers_that_always_show_a_fraction() {
        var body = web.get(ashaAsks("eventIds=" + world.purchase + "&getBillDetails=true")).body();
        assertThat(body).contains("\"value\":29.5,", "\"grossAmount\":300.0,", "\"value\":12.25,", "\"qty\":3.0,")
                .doesNotContain("29.500000", "\"grossAmount\":300,");
    }

    @Test
    void answers_are_json_in_utf_8_and_never_cached() {
        var reply = web.get(ashaAsks("eventIds=" + world.purchase));
        // Jetty writes the parameter without the optional space; both spellings are the same media type.
        assertThat(reply.header("Content-Type").replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void v2_events_carry_no_org_id_and_v2_1_events_carry_theirs() {
        var v2 = web.get(ashaAsks("eventIds=" + world.purchase)).json();
        var v21 = web.get(ashaAsks("eventIds=" + world.purchase).replace("/v2/", "/v2.1/")).json();
        assertThat(v2.at("/events/0").has("orgId")).isFalse();
        assertThat(v21.at("/events/0/orgId").asLong()).isEqualTo(PARENT.value());
    }

    @Test
    void the_connected_orgs_headers_reach_the_childs_ledger_on_v2_1() {
        var ids = "eventIds=" + world.purchase + "," + world.childPurchase;
        var reply = web.get(ashaAsks(ids).replace("/v2/", "/v2.1/"), "DATA-SCOPE", "other", "DATA-SCOPE-ORGS", "100,200");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().findValuesAsText("orgId")).containsExactly("100", "200");
    }

    @Test
    void every_parameter_problem_comes_back_at_once_in_the_contracts_envelope() throws IOException {
        var reply = web.get("/v2.1/pointsLedger/getLedgerExplodeInfo?source=x", "DATA-SCOPE", "OTHER");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).isEqualTo(new ObjectMapper().readTree("""
                {"errors": [
                  {"status": false, "code": 310144, "message": "Connected Orgs not set properly in Headers. Check whether the target organisation is a connected organisation."},
                  {"status": false, "code": 11013, "message": "identifierName, identifierValue, source can not be empty"},
                  {"status": false, "code": 8003, "message": "Invalid source"},
                  {"status": false, "code": 11023, "message": "Valid identifiers not found : required either EventLogId or (EventName and BillId)"}],
                 "warnings": []}"""));
    }

    @Test
    void an_unknown_route_is_404_in_the_same_envelope() {
        var reply = web.get("/v2/pointsLedger/getLedgerExplode");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().at("/errors/0/code").asInt()).isEqualTo(404);
        assertThat(reply.json().at("/errors/0/status").asBoolean()).isFalse();
        assertThat(reply.json().get("warnings").isEmpty()).isTrue();
    }

    @Test
    void a_ledger_that_cannot_answer_is_503_with_retry_after_and_9003() {
        ledger.becomeUnavailable();
        try {
            var reply = web.get(ashaAsks("eventIds=" + world.purchase));
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).isEqualTo("5");
            assertThat(reply.json().at("/errors/0/code").asInt()).isEqualTo(9003);
            assertThat(reply.json().at("/errors/0/message").asText())
                    .isEqualTo("Error fetching points ledger data : getExplodeLedgerInfo failed and fallback failed");
        } finally {
            ledger.becomeAvailable();
        }
        assertThat(web.get(ashaAsks("eventIds=" + world.purchase)).status()).isEqualTo(200);
    }

    @Test
    void unknown_alternate_currencies_are_warned_about_with_the_events_still_returned() {
        var reply = web.get(ashaAsks("eventIds=" + world.purchase + "&alternateCurrencyNames=stars,coins"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/events/0/billDetails/alternateCurrencyValueEarned/0/alternateCurrencyName").asText())
                .isEqualTo("stars");
        assertThat(reply.json().at("/events/0/billDetails/alternateCurrencyValueEarned").size()).isEqualTo(1);
        assertThat(reply.json().at("/warnings/0/code").asInt()).isEqualTo(9018);
        assertThat(reply.json().at("/warnings/0/message").asText())
                .isEqualTo("alternate currencies not found with provided category filters, names: [coins]");
    }

    @Test
    void a_section_asked_for_is_present_even_when_empty() {
        var reply = web.get(ashaAsks("eventIds=" + world.registration
                + "&getCustomFields=true&getExtendedFields=TRUE&getPaymentMode=true&includeAlternateCurrencies=true"));
        var event = reply.json().at("/events/0");
        assertThat(event.get("customFields").isArray()).isTrue();
        assertThat(event.get("customFields").isEmpty()).isTrue();
        assertThat(event.get("extendedFields").isEmpty()).isTrue();
        assertThat(event.get("paymentModes").isEmpty()).isTrue();
        assertThat(event.get("alternateCurrencyValueEarned").isEmpty()).isTrue();
    }

    @Test
    void a_request_line_too_long_for_the_server_is_answered_in_the_envelope_not_in_html() {
        var reply = web.get(ashaAsks("eventIds=" + world.purchase + "&padding=" + "a".repeat(20_000)));
        assertThat(reply.status()).isEqualTo(414);
        assertThat(reply.header("Content-Type").replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.json().at("/errors/0/code").asInt()).isEqualTo(414);
        assertThat(reply.json().at("/errors/0/message").asText()).isEqualTo("URI Too Long");
        assertThat(reply.body()).doesNotContain("<html", "aaaa");
    }

    @Test
    void headers_too_large_for_the_server_are_answered_in_the_envelope_not_in_html() {
        var reply = web.get(ashaAsks("eventIds=" + world.purchase), "X-Padding", "b".repeat(20_000));
        assertThat(reply.status()).isEqualTo(431);
        assertThat(reply.json().at("/errors/0/code").asInt()).isEqualTo(431);
        assertThat(reply.body()).doesNotContain("<html", "bbbb");
    }

    @Test
    void health_answers_up() {
        var reply = web.get("/health");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("UP");
    }
}

package io.ledgerlens.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code PUT /v1/ledger/customers/{customerId}}, acting for org 100 (Asha, 5001, has mobile 919876543210 in store). */
class PutCustomerEndpointTest extends ServedWorld {

    private static final String NEHA = "{\"firstName\": \"Neha\", \"lastName\": \"Iyer\", \"identifiers\": ["
            + "{\"name\": \"mobile\", \"value\": \"919822222222\", \"source\": \"INSTORE\"},"
            + "{\"name\": \"EMAIL\", \"value\": \"Neha@Example.com\", \"source\": \"wechat\", \"accountId\": \"wx-main\"}]}";

    private Optional<Customer> customer(long id) {
        return ledger.unfenced(registry -> registry.customers().find(CustomerId.of(id)));
    }

    private RunningWebApp.Reply explodeBy(String name, String value, String source) {
        return web.get("/v2/pointsLedger/getLedgerExplodeInfo?identifierName=" + name + "&identifierValue=" + value
                + "&source=" + source + "&eventIds=1");
    }

    @Test
    void a_new_customer_is_created_with_201_and_answered_as_stored_then_found_by_explode() {
        var reply = web.put("/v1/ledger/customers/5101", NEHA);
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().toString()).isEqualTo("{\"customerId\":5101,\"firstName\":\"Neha\",\"lastName\":\"Iyer\","
                + "\"identifiers\":[{\"name\":\"mobile\",\"value\":\"919822222222\",\"source\":\"INSTORE\"},"
                + "{\"name\":\"email\",\"value\":\"neha@example.com\",\"source\":\"WECHAT\",\"accountId\":\"wx-main\"}]}");
        // Known by her mobile now: explode no longer says "no such customer" (8015) but that event 1 is not hers (9021).
        assertThat(explodeBy("mobile", "919822222222", "INSTORE").json().at("/errors/0/code").asInt()).isEqualTo(9021);
    }

    @Test
    void a_customer_is_updated_with_200_and_keeps_only_the_identifiers_sent() {
        web.put("/v1/ledger/customers/5101", NEHA);
        var reply = web.put("/v1/ledger/customers/5101", "{\"firstName\": \"Neha\", \"lastName\": \"Menon\", \"identifiers\": ["
                + "{\"name\": \"externalId\", \"value\": \"N-1\", \"source\": \"INSTORE\"}]}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(customer(5101)).get().satisfies(c -> {
            assertThat(c.lastName()).isEqualTo("Menon");
            assertThat(c.identifiers()).extracting(i -> i.value()).containsExactly("N-1");
        });
        assertThat(explodeBy("mobile", "919822222222", "INSTORE").json().at("/errors/0/code").asInt()).isEqualTo(8015);
    }

    @Test
    void every_problem_of_the_request_is_answered_at_once_and_nothing_is_written() {
        var reply = web.put("/v1/ledger/customers/5101", "{\"customerId\": 5102, \"firstName\": \"" + "n".repeat(256) + "\","
                + "\"identifiers\": ["
                + "{\"name\": \"phone\", \"value\": \"1\", \"source\": \"SHOP\"},"
                + "{\"name\": \"mobile\", \"value\": \"12ab\", \"source\": \"ALL\", \"accountId\": \"" + "a".repeat(101) + "\"},"
                + "{\"name\": \"email\", \"value\": \"x@y.com\", \"source\": \"WECHAT\"},"
                + "{\"name\": \"email\", \"value\": \"X@Y.com\", \"source\": \"wechat\"},"
                + "null, {}]}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problems()).containsExactly(
                List.of("customerId", "INVALID"), List.of("firstName", "INVALID"),
                List.of("identifiers[0].name", "INVALID"), List.of("identifiers[0].source", "INVALID"),
                List.of("identifiers[1].value", "INVALID"), List.of("identifiers[1].source", "INVALID"),
                List.of("identifiers[1].accountId", "INVALID"),
                List.of("identifiers[3]", "INVALID"),
                List.of("identifiers[4]", "REQUIRED"),
                List.of("identifiers[5].name", "REQUIRED"), List.of("identifiers[5].value", "REQUIRED"),
                List.of("identifiers[5].source", "REQUIRED"));
        assertThat(customer(5101)).isEmpty();
        assertThat(web.put("/v1/ledger/customers/abc", "[]").problems())
                .containsExactly(List.of("customerId", "INVALID"), List.of("", "INVALID"));
    }

    @Test
    void identifiers_of_another_customer_of_the_org_are_a_409_each_and_nothing_is_written() {
        var reply = web.put("/v1/ledger/customers/5101", "{\"identifiers\": ["
                + "{\"name\": \"mobile\", \"value\": \"919822222222\", \"source\": \"INSTORE\"},"
                + "{\"name\": \"mobile\", \"value\": \"919876543210\", \"source\": \"INSTORE\"},"
                + "{\"name\": \"externalId\", \"value\": \"ASHA-1\", \"source\": \"INSTORE\"}]}");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.problems()).containsExactly(List.of("identifiers[1]", "TAKEN"), List.of("identifiers[2]", "TAKEN"));
        assertThat(reply.json().at("/errors/0/message").asText()).contains("5001");
        assertThat(customer(5101)).isEmpty();
    }

    @Test
    void the_same_mobile_on_another_source_is_no_conflict() {
        var reply = web.put("/v1/ledger/customers/5101",
                "{\"identifiers\": [{\"name\": \"mobile\", \"value\": \"919876543210\", \"source\": \"WEBSITE\"}]}");
        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void another_orgs_customer_is_refused_with_403_and_left_as_it_was() {
        var reply = web.put("/v1/ledger/customers/5004", "{\"firstName\": \"Taken\"}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problems()).containsExactly(List.of("customerId", "OTHER_ORG"));
        assertThat(customer(5004)).get().extracting(Customer::firstName).isEqualTo("Marker");
    }

    @Test
    void a_store_that_cannot_answer_is_503_with_retry_after() {
        ledger.becomeUnavailable();
        var reply = web.put("/v1/ledger/customers/5101", NEHA);
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }
}

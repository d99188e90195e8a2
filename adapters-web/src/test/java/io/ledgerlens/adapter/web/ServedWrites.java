package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The served world, written to through {@code POST /v1/ledger/events} and read back as its customer's explode. */
abstract class ServedWrites extends ServedWorld {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "/v1/ledger/events";

    /** The request of {@code requests/<file>}, changed by {@code change}. */
    static ObjectNode request(String file, Consumer<ObjectNode> change) {
        try (var in = ServedWrites.class.getResourceAsStream("/requests/" + file)) {
            var body = (ObjectNode) JSON.readTree(in);
            change.accept(body);
            return body;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Set<String> keysOf(JsonNode object) {
        var keys = new ArrayList<String>();
        object.fieldNames().forEachRemaining(keys::add);
        return Set.copyOf(keys);
    }

    /** Records {@code body} (201 expected) and answers the event as the customer's explode shows it. */
    JsonNode recordedAndExploded(ObjectNode body) {
        var reply = web.post(EVENTS, body.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        var exploded = web.get("/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + MOBILE
                + "&source=INSTORE&eventIds=" + reply.json().get("eventLogId").asLong());
        assertThat(exploded.status()).as(exploded.body()).isEqualTo(200);
        return exploded.json().at("/events/0");
    }

    /** The (field, code) pairs of the 400 that refuses {@code body}. */
    List<List<String>> refusal(ObjectNode body) {
        var reply = web.post(EVENTS, body.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        var found = new ArrayList<List<String>>();
        reply.json().get("errors").forEach(e -> found.add(List.of(e.get("field").asText(), e.get("code").asText())));
        return found;
    }
}

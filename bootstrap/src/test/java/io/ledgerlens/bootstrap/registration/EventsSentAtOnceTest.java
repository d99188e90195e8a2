package io.ledgerlens.bootstrap.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.application.port.in.recording.ChainVerdict;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import io.ledgerlens.bootstrap.running.ClientsAtWork;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Single events sent by many tills at once, over HTTP on the real database: those that arrive while an org's
 * events are being written are written together next (a group commit), and each is answered as if written alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsSentAtOnceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TILLS = 16;

    private LedgerLensService service;
    private TillsAtOnce tills;

    @BeforeAll
    void startTheServiceWithTheDemo() {
        service = DemoLedgers.fresh(DemoLedgers.UNTHROTTLED).start("127.0.0.1", 0);
        tills = new TillsAtOnce(service.port(), TILLS);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void sixteen_tills_sending_each_of_two_hundred_purchases_three_times_record_each_once_and_the_chain_holds()
            throws Exception {
        var bodies = new ArrayList<String>();
        for (int n = 0; n < 200; n++) {
            for (int retry = 0; retry < 3; retry++) {
                bodies.add(ClientsAtWork.purchaseBilled("at-once-" + n));
            }
        }
        Collections.shuffle(bodies, new Random(16));
        var replies = postAtOnce(bodies);

        var created = new HashMap<String, Long>();
        var answered = new HashMap<String, HashSet<Long>>();
        for (int i = 0; i < replies.size(); i++) {
            var reply = replies.get(i);
            assertThat(reply.statusCode()).as(reply.body()).isIn(200, 201);
            var bill = JSON.readTree(bodies.get(i)).get("uniqueId").asText();
            var id = JSON.readTree(reply.body()).get("eventLogId").asLong();
            answered.computeIfAbsent(bill, key -> new HashSet<>()).add(id);
            if (reply.statusCode() == 201) {
                assertThat(created.put(bill, id)).as("%s created twice", bill).isNull();
            }
        }
        assertThat(created).hasSize(200);
        assertThat(answered.values()).as("every retry named the one event recorded").allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(service.verifier().verify(DemoDataset.RETAILER, events -> { }))
                .isInstanceOfSatisfying(ChainVerdict.Intact.class, intact -> assertThat(intact.events()).isGreaterThanOrEqualTo(200));
    }

    @Test
    void sixteen_tills_returning_the_whole_of_one_bill_at_once_are_one_return_and_fifteen_refusals() throws Exception {
        var purchase = JSON.readTree(ClientsAtWork.purchaseBilled("returned-at-once"));
        assertThat(post(purchase.toString()).statusCode()).isEqualTo(201);
        var amount = purchase.get("bill").get("billAmount").asText();
        var bodies = new ArrayList<String>();
        for (int i = 0; i < TILLS; i++) {
            bodies.add("{\"uniqueId\": \"return-at-once-" + i + "\", \"eventName\": \"ReturnBill\", \"customerId\": "
                    + purchase.get("customerId").asLong() + ", \"eventReferenceId\": \"RET-AT-ONCE-" + i + "\", "
                    + "\"eventTime\": \"2026-11-21T13:00:00+05:30\", \"bill\": {\"billNumber\": \"RET-AT-ONCE-" + i + "\", "
                    + "\"grossAmount\": " + amount + ", \"discount\": 0, \"billAmount\": " + amount + ", \"source\": \"INSTORE\", "
                    + "\"billDate\": \"2026-11-21T13:00:00+05:30\", \"return\": {\"returnDate\": \"2026-11-21T13:00:00+05:30\", "
                    + "\"returnAmount\": " + amount + ", \"returnType\": \"AMOUNT\", \"returnBillId\": \"returned-at-once\"}}}");
        }
        var replies = postAtOnce(bodies);
        assertThat(replies.stream().map(HttpResponse::statusCode)).as(replies.get(0).body()).containsOnlyOnce(201)
                .containsOnly(201, 409);
    }

    private List<HttpResponse<String>> postAtOnce(List<String> bodies) throws Exception {
        return tills.sendAtOnce(bodies.stream().map(body -> tills.write("POST", "/v1/ledger/events", body)).toList());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return tills.send(tills.write("POST", "/v1/ledger/events", body));
    }
}

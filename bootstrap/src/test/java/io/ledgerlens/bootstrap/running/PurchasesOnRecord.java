package io.ledgerlens.bootstrap.running;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the ledger says of a purchase {@link ClientsAtWork} recorded, read as a
 * client reads it: the explode of its bill number with every part asked for
 * (bill, line items, breakups, custom fields, payment modes), with what differs
 * from purchase to purchase (its event id and bill number) taken out, so that
 * two whole purchases read the same.
 */
public final class PurchasesOnRecord {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPLODE = "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue="
            + DemoDataset.PRIYA_MOBILE + "&source=INSTORE&eventName=TransactionAdd&getBillDetails=true"
            + "&getPointsEarnedBreakup=true&getCustomFields=true&getPaymentModes=true&eventReferenceIds=";

    /** The contract's answer to references that match no event. */
    private static final int NO_SUCH_REFERENCE = 9022;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;

    public PurchasesOnRecord(int port) {
        this.port = port;
    }

    /** Every event billed {@code bill}, each as it reads without its id and bill number. */
    public List<JsonNode> billed(String bill) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + EXPLODE + bill))
                .header("Authorization", DemoLedgers.RETAILER_TILL).timeout(Duration.ofSeconds(30)).GET().build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 400 && JSON.readTree(response.body()).at("/errors/0/code").asInt() == NO_SUCH_REFERENCE) {
            return List.of();
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("explode of " + bill + " answered " + response.statusCode() + ": " + response.body());
        }
        var found = new ArrayList<JsonNode>();
        for (var event : JSON.readTree(response.body()).path("events")) {
            var read = (ObjectNode) JSON.readTree(event.toString().replace("\"" + bill + "\"", "\"BILL\""));
            read.remove("eventLogId");
            found.add(read);
        }
        return found;
    }
}

package io.ledgerlens.bootstrap.operations;

import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Requests as a till and an operator send them to a running service, over real HTTP. */
final class OperatorsView {

    static final String PURCHASE = "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue="
            + DemoDataset.PRIYA_MOBILE + "&source=INSTORE&eventName=TransactionAdd&eventReferenceIds="
            + DemoDataset.PURCHASE_BILL;
    static final String EXPLODE_ROUTE = "/v2/pointsLedger/getLedgerExplodeInfo";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    OperatorsView(int port) {
        this.port = port;
    }

    record Reply(int status, String body, Optional<String> requestId) {
    }

    /** A GET with header pairs. */
    Reply get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("X-Request-Id"));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    Reply explodeAsTheTill(String... moreHeaders) {
        var headers = Arrays.copyOf(new String[] {"Authorization", DemoLedgers.RETAILER_TILL}, 2 + moreHeaders.length);
        System.arraycopy(moreHeaders, 0, headers, 2, moreHeaders.length);
        return get(PURCHASE, headers);
    }

    /** The value of the one sample named exactly {@code series} (name and labels, as Prometheus writes them). */
    Optional<Double> sample(String series) {
        return get("/metrics").body().lines().filter(line -> line.startsWith(series + " "))
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip())).findFirst();
    }
}

package io.ledgerlens.bootstrap.registration;

import io.ledgerlens.bootstrap.DemoLedgers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many tills of the demo retailer writing to a running service at the same moment, over HTTP. */
final class TillsAtOnce {

    private final int port;
    private final int tills;
    private final HttpClient client = HttpClient.newHttpClient();

    TillsAtOnce(int port, int tills) {
        this.port = port;
        this.tills = tills;
    }

    /** A write of {@code body} to {@code path} ({@code PUT} or {@code POST}), as a till of the retailer sends it. */
    HttpRequest write(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", DemoLedgers.RETAILER_TILL)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends every request, as many at once as there are tills, and answers the replies in the requests' order. */
    List<HttpResponse<String>> sendAtOnce(List<HttpRequest> requests) throws Exception {
        var pool = Executors.newFixedThreadPool(tills);
        try {
            var sent = new ArrayList<Future<HttpResponse<String>>>();
            for (var request : requests) {
                Callable<HttpResponse<String>> sending = () -> send(request);
                sent.add(pool.submit(sending));
            }
            var replies = new ArrayList<HttpResponse<String>>();
            for (var reply : sent) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.ledgerlens.bootstrap.running;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerlens.bootstrap.DemoLedgers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tills at work: each client records purchases (a bill, a line item, three
 * allocations, a custom field, a payment mode, a slab: every part an event
 * can have) one after the other on a connection of its own, each with a new
 * {@code uniqueId} and bill number, and keeps what every request came to.
 */
public final class ClientsAtWork {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode PURCHASE = purchase();

    /** What one request came to: an HTTP status, or the failure that took its place. */
    public record Outcome(String billNumber, int status, Throwable failure) {

        /** Answered 200 or 201: the service said it is stored. */
        public boolean acknowledged() {
            return status == 200 || status == 201;
        }

        /** The connection was refused: the request never reached the service. */
        public boolean refused() {
            return failure instanceof ConnectException || failure != null && failure.getCause() instanceof ConnectException;
        }
    }

    private final int port;
    private final String run;
    private final AtomicBoolean working = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<Thread> clients = new ArrayList<>();

    private ClientsAtWork(int port, String run) {
        this.port = port;
        this.run = run;
    }

    /** {@code count} clients at work on the service at {@code port}; {@code run} keeps bill numbers apart between runs. */
    public static ClientsAtWork start(int port, int count, String run) {
        var work = new ClientsAtWork(port, run);
        for (int c = 0; c < count; c++) {
            int client = c;
            var thread = new Thread(() -> work.recordUntilStopped(client), "till-" + c);
            thread.setDaemon(true);
            work.clients.add(thread);
            thread.start();
        }
        return work;
    }

    private void recordUntilStopped(int client) {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        for (int n = 0; working.get(); n++) {
            var bill = run + "-" + client + "-" + n;
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/ledger/events"))
                    .header("Authorization", DemoLedgers.RETAILER_TILL).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(purchaseBilled(bill))).build();
            try {
                outcomes.add(new Outcome(bill, http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), null));
            } catch (IOException failure) {
                outcomes.add(new Outcome(bill, 0, failure));
                if (failure instanceof ConnectException) {
                    return; // nobody listens any more
                }
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }

    /** The purchase every client records, billed {@code bill} (its uniqueId, reference and bill number). */
    public static String purchaseBilled(String bill) {
        var purchase = PURCHASE.deepCopy();
        purchase.put("uniqueId", bill);
        purchase.put("eventReferenceId", bill);
        ((ObjectNode) purchase.get("bill")).put("billNumber", bill);
        return purchase.toString();
    }

    /** Waits until {@code count} requests were acknowledged: how long that takes depends on the machine's load. */
    public void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (outcomes.stream().filter(Outcome::acknowledged).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " acknowledged within " + timeout + ": " + outcomes());
            }
            Thread.sleep(50);
        }
    }

    /** Stops the clients after the request each is sending, and waits for them. */
    public List<Outcome> stop() throws InterruptedException {
        working.set(false);
        for (var client : clients) {
            client.join(Duration.ofSeconds(90).toMillis());
        }
        return outcomes();
    }

    /** Waits for the clients to end by themselves (every connection refused), at most {@code timeout}. */
    public List<Outcome> awaitRefusal(Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        for (var client : clients) {
            client.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return stop();
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private static ObjectNode purchase() {
        try (var resource = ClientsAtWork.class.getResourceAsStream("/writes/purchase-in-parts.json")) {
            return (ObjectNode) JSON.readTree(resource);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

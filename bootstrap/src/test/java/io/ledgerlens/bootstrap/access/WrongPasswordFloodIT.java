package io.ledgerlens.bootstrap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ledgerlens.bootstrap.DemoLedgers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar with a 256 MiB heap, sent 200 wrong passwords at once with the failed-sign-in limit lifted:
 * only the bound on Argon2id checks stands between them and the heap (200 checks at once would want 3.8 GB).
 * It runs in the integration-test phase, after {@code package} built the jar, in a JVM of its own.
 */
class WrongPasswordFloodIT {

    private static final Pattern LISTENING = Pattern.compile("LedgerLens is listening on http://localhost:(\\d+)");
    private static final Pattern BOUND = Pattern.compile("Sign-ins: at most (\\d+) Argon2id checks at once");
    private static final Pattern AT_ONCE = Pattern.compile("Argon2id: (\\d+) checks ran at once");
    private static final String EXPLODE = "/v2/pointsLedger/getLedgerExplodeInfo"
            + "?identifierName=mobile&identifierValue=919876543210&source=INSTORE&eventIds=1000002";
    private static final String WRONG_PASSWORD = "Basic " + Base64.getEncoder().encodeToString(
            ("demo.till:" + "0".repeat(32)).getBytes(StandardCharsets.UTF_8));

    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process service;
    private Path dataDir;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(60, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void two_hundred_wrong_passwords_at_once_on_a_256_mib_heap_are_each_401_or_429_and_a_valid_till_gets_in_after() throws Exception {
        var jar = System.getProperty("ledgerlens.jar");
        assumeTrue(jar != null, "runs in the integration-test phase, against the jar package built");
        int port = start(Path.of(jar));
        int bound = Integer.parseInt(firstMatch(BOUND));

        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
        var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 200; i++) {
            answers.add(client.sendAsync(request(port, WRONG_PASSWORD), HttpResponse.BodyHandlers.ofString()));
        }
        var statuses = new ArrayList<Integer>();
        for (var answer : answers) {
            var response = answer.get(120, TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            }
        }

        assertThat(statuses).containsOnly(401, 429).contains(401);
        assertThat(service.isAlive()).as("the service lives").isTrue();
        assertThat(client.send(request(port, DemoLedgers.RETAILER_TILL), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(String.join("\n", output)).doesNotContain("OutOfMemoryError");
        var mostAtOnce = output.stream().map(AT_ONCE::matcher).filter(Matcher::find)
                .mapToInt(found -> Integer.parseInt(found.group(1))).max().orElse(0);
        assertThat(mostAtOnce).as("checks at once, of at most %d", bound).isBetween(1, bound);
    }

    private static HttpRequest request(int port, String authorization) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + EXPLODE)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(120)).GET().build();
    }

    /** Starts the jar on a fresh embedded PostgreSQL with the demo; returns its port once it listens. */
    private int start(Path jar) throws Exception {
        dataDir = Files.createTempDirectory("ledgerlens-flood");
        var javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        service = new ProcessBuilder(javaCommand, "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.log.io.ledgerlens.adapter.persistence.access.Argon2idSecrets=debug",
                "-jar", jar.toString(), "--demo", "--data-dir", dataDir.toString(), "--host", "127.0.0.1", "--port", "0",
                "--failed-sign-in-limit", "1000000", "--rate-limit", "1000000")
                .redirectErrorStream(true).start();
        var reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException closed) {
                // the process ended
            }
        }, "ledgerlens-output");
        reader.setDaemon(true);
        reader.start();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && service.isAlive()) {
            var port = output.stream().map(LISTENING::matcher).filter(Matcher::find).findFirst();
            if (port.isPresent() && output.stream().anyMatch(line -> BOUND.matcher(line).find())) {
                return Integer.parseInt(port.get().group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not start:\n" + String.join("\n", output));
    }

    private String firstMatch(Pattern pattern) {
        return output.stream().map(pattern::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no line matches " + pattern + " in:\n" + String.join("\n", output)))
                .group(1);
    }
}

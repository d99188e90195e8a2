package io.ledgerlens.bootstrap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.running.RunnableJar;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar with a 256 MiB heap, sent 200 different wrong passwords at once with the failed-sign-in limit lifted:
 * only the bound on Argon2id checks stands between them and the heap (200 checks at once would want 3.8 GB).
 * It runs in the integration-test phase, after {@code package} built the jar, in a JVM of its own.
 */
class WrongPasswordFloodIT {

    private static final Pattern BOUND = Pattern.compile("Sign-ins: at most (\\d+) Argon2id checks at once");
    private static final Pattern AT_ONCE = Pattern.compile("Argon2id: (\\d+) checks ran at once");
    private static final String EXPLODE = "/v2/pointsLedger/getLedgerExplodeInfo"
            + "?identifierName=mobile&identifierValue=919876543210&source=INSTORE&eventIds=1000002";
    /**
     * The {@code n}th guess, each a different MD5 hex: an attacker guesses, and the same wrong password sent 200
     * times at once would be checked once (the requests wait for the one running check of it).
     */
    private static String wrongPassword(int n) {
        return "Basic " + Base64.getEncoder().encodeToString(
                ("demo.till:" + String.format("%032x", n)).getBytes(StandardCharsets.UTF_8));
    }

    private RunnableJar service;
    private Path dataDir;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        RunnableJar.deleteRecursively(dataDir);
    }

    @Test
    void two_hundred_wrong_passwords_at_once_on_a_256_mib_heap_are_each_401_or_429_and_a_valid_till_gets_in_after() throws Exception {
        var jar = RunnableJar.built();
        assumeTrue(jar.isPresent(), "runs in the integration-test phase, against the jar package built");
        dataDir = Files.createTempDirectory("ledgerlens-flood");
        service = RunnableJar.serve(jar.get(), dataDir,
                List.of("-Xmx256m", "-DLEDGERLENS_LOG_LEVEL=DEBUG"),
                "--demo", "--failed-sign-in-limit", "1000000", "--rate-limit", "1000000");
        service.awaitLine(BOUND, Duration.ofSeconds(30));
        int port = service.port();
        int bound = Integer.parseInt(service.firstMatch(BOUND).group(1));

        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
        var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 200; i++) {
            answers.add(client.sendAsync(request(port, wrongPassword(i)), HttpResponse.BodyHandlers.ofString()));
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
        assertThat(ProcessHandle.of(service.pid()).map(ProcessHandle::isAlive)).as("the service lives").contains(true);
        assertThat(client.send(request(port, DemoLedgers.RETAILER_TILL), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(String.join("\n", service.output())).doesNotContain("OutOfMemoryError");
        var mostAtOnce = service.output().stream().map(AT_ONCE::matcher).filter(Matcher::find)
                .mapToInt(found -> Integer.parseInt(found.group(1))).max().orElse(0);
        assertThat(mostAtOnce).as("checks at once, of at most %d", bound).isBetween(1, bound);
    }

    private static HttpRequest request(int port, String authorization) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + EXPLODE)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(120)).GET().build();
    }
}

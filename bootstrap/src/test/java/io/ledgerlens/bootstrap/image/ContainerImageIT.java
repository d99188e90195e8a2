package io.ledgerlens.bootstrap.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.bootstrap.CurlCommand;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The OCI image that {@code mvn -P image verify} builds ({@code bootstrap/src/image/build.sh}): read as a registry
 * would read it, then run with podman as an operator would, the demo tour answered from inside the container and
 * the ledger kept in its volume across containers.
 */
class ContainerImageIT {

    private static final String DATA_VOLUME = "/var/lib/ledgerlens";
    private static final String SERVICE_USER = "10001";
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern LOADED = Pattern.compile("Loaded image(?:\\(s\\))?: *(\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path archive = Path.of(System.getProperty("ledgerlens.image", "target/image/missing.oci.tar"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void the_image_runs_the_jar_as_a_user_of_its_own_with_the_ledger_in_a_volume() throws IOException {
        var blobs = blobsOf(archive);
        var index = JSON.readTree(blobs.get("index.json"));
        var manifest = JSON.readTree(blob(blobs, index.path("manifests").get(0).path("digest").asText()));
        var config = JSON.readTree(blob(blobs, manifest.path("config").path("digest").asText())).path("config");

        assertThat(config.path("User").asText()).isEqualTo(SERVICE_USER + ":" + SERVICE_USER);
        assertThat(texts(config.path("Entrypoint"))).containsExactly("/opt/java/bin/java", "-jar", "/opt/ledgerlens/ledgerlens.jar");
        assertThat(config.path("ExposedPorts").has("7070/tcp")).isTrue();
        assertThat(config.path("Volumes").has(DATA_VOLUME)).isTrue();
        assertThat(texts(config.path("Env"))).contains("LEDGERLENS_DATA_DIR=" + DATA_VOLUME + "/data", "LANG=C.UTF-8");

        var layers = manifest.path("layers");
        assertThat(layers).as("base, runtime and jar, each a layer of its own").hasSize(3);
        long compressed = 0;
        for (var layer : layers) {
            compressed += layer.path("size").asLong();
        }
        assertThat(compressed).as("bytes a registry stores and a node pulls").isLessThan(150L * 1024 * 1024);

        var base = filesOf(blob(blobs, layers.get(0).path("digest").asText()));
        assertThat(base.get("etc/passwd").text()).contains("ledgerlens:x:" + SERVICE_USER + ":" + SERVICE_USER + ":");
        assertThat(base.get("var/lib/ledgerlens").owner()).as("the volume's owner, so that a new volume is writable")
                .isEqualTo(Long.parseLong(SERVICE_USER));
        var jar = filesOf(blob(blobs, layers.get(2).path("digest").asText()));
        assertThat(jar).containsKey("opt/ledgerlens/ledgerlens.jar");
    }

    @Test
    void a_container_of_the_image_answers_the_demo_tour_and_its_volume_keeps_the_ledger() throws Exception {
        var podman = System.getProperty("ledgerlens.podman", "").trim();
        Assumptions.assumeFalse(podman.isEmpty(), "-Dledgerlens.podman= names no container runtime: the image was not run");
        var loaded = run(podman, "load", "-i", archive.toString());
        var named = LOADED.matcher(loaded);
        assertThat(named.find()).as(loaded).isTrue();
        var image = named.group(1);
        var volume = "ledgerlens-it-" + System.nanoTime();
        run(podman, "volume", "create", volume);
        try {
            int port = freePort();
            var first = start(podman, image, volume, port, "--demo");
            String purchaseCommand;
            try {
                var replies = tour(printedTour(podman, first), port);
                purchaseCommand = replies.get(0).command();
                assertThat(replies).hasSize(9);
                assertThat(replies.subList(0, 5)).allSatisfy(reply -> {
                    assertThat(reply.status()).as(reply.command()).isEqualTo(200);
                    assertThat(reply.body()).as(reply.command()).contains("\"eventLogId\"").doesNotContain("\"errors\"");
                });
                assertThat(replies.get(5).status()).isEqualTo(400);
                assertThat(replies.get(7).status()).as("the outlet's client with its token").isEqualTo(200);
                assertThat(replies.get(8).status()).isEqualTo(401);
                assertThat(run(podman, "exec", first, "id", "-u").trim()).isEqualTo(SERVICE_USER);
            } finally {
                run(podman, "stop", "-t", "30", first);
            }
            assertThat(run(podman, "inspect", first, "--format", "{{.State.ExitCode}}").trim())
                    .as("a clean stop on SIGTERM").isEqualTo("143");
            run(podman, "rm", first);

            var second = start(podman, image, volume, port);
            try {
                var purchase = CurlCommand.allIn(purchaseCommand).get(0);
                var again = http.send(purchase.request(port, null), HttpResponse.BodyHandlers.ofString());
                assertThat(again.statusCode()).as("the demo's ledger and till user, read by a new container").isEqualTo(200);
                assertThat(again.body()).contains("\"billNumber\":\"num124536\"");
            } finally {
                run(podman, "rm", "-f", "-t", "30", second);
            }
        } finally {
            runQuietly(podman, "volume", "rm", "-f", volume);
            runQuietly(podman, "rmi", "-f", image);
        }
    }

    private String start(String podman, String image, String volume, int port, String... args) throws Exception {
        var name = "ledgerlens-it-" + System.nanoTime();
        var command = new ArrayList<>(List.of("run", "-d", "--name", name, "-v", volume + ":" + DATA_VOLUME));
        command.addAll(words(System.getProperty("ledgerlens.podman.run-flags", "")));
        command.add(image);
        command.addAll(List.of("--port", Integer.toString(port)));
        command.addAll(List.of(args));
        run(podman, command.toArray(String[]::new));
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (ready(port)) {
                return name;
            }
            var state = run(podman, "inspect", name, "--format", "{{.State.Running}}").trim();
            if (!state.equals("true")) {
                throw new AssertionError("the container stopped before it was ready:\n" + run(podman, "logs", name));
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within 180 s:\n" + run(podman, "logs", name));
    }

    private boolean ready(int port) {
        try {
            var answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Reply(String command, int status, String body) {
    }

    /**
     * The container's output once the demo's tour is in it: the service answers {@code /health/ready} as soon as it
     * listens, and prints the tour after (it reads the demo's events to write it), so on a busy machine the first
     * look at the output can come before it. Read again until the same commands are there twice, half a second
     * apart, or 60 s have passed (then the assertion on the output says what was printed).
     */
    private static String printedTour(String podman, String container) throws Exception {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        var printed = run(podman, "logs", container);
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            var again = run(podman, "logs", container);
            var commands = CurlCommand.allIn(again).size();
            if (commands > 0 && commands == CurlCommand.allIn(printed).size()) {
                return again;
            }
            printed = again;
        }
        return printed;
    }

    /** Every curl command the demo printed in the container's output, sent to the container. */
    private List<Reply> tour(String printed, int port) throws Exception {
        var commands = CurlCommand.allIn(printed);
        assertThat(commands).as("the demo prints its tour:\n" + printed).isNotEmpty();
        var replies = new ArrayList<Reply>();
        String token = null;
        for (var command : commands) {
            var response = http.send(command.request(port, token), HttpResponse.BodyHandlers.ofString());
            var accessToken = TOKEN.matcher(response.body());
            if (accessToken.find()) {
                token = accessToken.group(1);
            }
            replies.add(new Reply(command.text(), response.statusCode(), response.body()));
        }
        return replies;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    private static String run(String podman, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(words(podman));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static void runQuietly(String podman, String... args) {
        try {
            run(podman, args);
        } catch (Exception | AssertionError ignored) {
            // Cleaning up after a test that already failed for its own reason.
        }
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The OCI archive's files: {@code index.json}, and each blob under {@code blobs/sha256/...}. */
    private static Map<String, byte[]> blobsOf(Path archive) throws IOException {
        assertThat(archive).as("the image archive: build it with mvn -P image verify").isRegularFile();
        var files = new HashMap<String, byte[]>();
        try (var tar = new TarArchiveInputStream(Files.newInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile()) {
                    files.put(entry.getName().replaceFirst("^\\./", ""), tar.readAllBytes());
                }
            }
        }
        return files;
    }

    private static byte[] blob(Map<String, byte[]> blobs, String digest) {
        var blob = blobs.get("blobs/" + digest.replace(':', '/'));
        assertThat(blob).as(digest).isNotNull();
        return blob;
    }

    private record LayerFile(long owner, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** A gzipped layer's entries by path; the content kept only for small files (the jar is 45 MB). */
    private static Map<String, LayerFile> filesOf(byte[] gzippedLayer) throws IOException {
        var files = new HashMap<String, LayerFile>();
        try (InputStream gunzipped = new GZIPInputStream(new java.io.ByteArrayInputStream(gzippedLayer));
             var tar = new TarArchiveInputStream(gunzipped)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                var name = entry.getName().replaceFirst("^\\./", "").replaceFirst("/$", "");
                var content = entry.isFile() && entry.getSize() < 1 << 20 ? tar.readAllBytes() : new byte[0];
                files.put(name, new LayerFile(entry.getLongUserId(), content));
            }
        }
        return files;
    }
}

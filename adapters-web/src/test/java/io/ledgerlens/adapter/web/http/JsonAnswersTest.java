package io.ledgerlens.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JSON answers are written straight into the response (no string, no copy through Javalin's buffer): on a real
 * Javalin server, they still go out whole, with their length, compressed for a client that asks; a body that cannot
 * be written is the failure's envelope, never half an answer; and a request keeps the one answer it was given.
 */
class JsonAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Javalin server;
    /** Points whose scale the contract's serializer decides (909.40 is written 909.4). */
    private static final List<Map<String, BigDecimal>> POINTS =
            List.of(Map.of("value", new BigDecimal("909.40")), Map.of("value", new BigDecimal("0")));

    /** An answer of {@code rows} rows of points, about 60 bytes each. */
    private static Map<String, Object> pointsRows(int rows) {
        return Map.of("rows", IntStream.range(0, rows)
                .mapToObj(i -> Map.of("row", i, "points", new BigDecimal("12.50"), "note", "row " + i))
                .toList());
    }

    @BeforeAll
    static void serve() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/small", ctx -> JsonResponses.send(ctx, HttpStatus.OK, pointsRows(3)));
            config.routes.get("/large", ctx -> JsonResponses.send(ctx, HttpStatus.OK, pointsRows(2_000)));
            config.routes.get("/created", ctx -> JsonResponses.send(ctx, HttpStatus.CREATED, Map.of("eventLogId", 7)));
            config.routes.get("/unwritable", ctx -> {
                var rowsThenBroken = new LinkedHashMap<String, Object>(); // 18 KB of rows written before it fails
                rowsThenBroken.put("rows", pointsRows(300));
                rowsThenBroken.put("broken", new Unwritable());
                JsonResponses.send(ctx, HttpStatus.OK, rowsThenBroken);
            });
            config.routes.get("/points", ctx -> JsonResponses.send(ctx, HttpStatus.OK, Map.of("rows", POINTS)));
            config.routes.get("/fails", ctx -> {
                throw new IllegalStateException("before any answer");
            });
            config.routes.get("/answers-then-fails", ctx -> {
                JsonResponses.send(ctx, HttpStatus.OK, Map.of("recorded", true));
                throw new IllegalStateException("after the answer");
            });
            config.routes.exception(Exception.class, (failure, ctx) -> JsonResponses.send(ctx,
                    HttpStatus.INTERNAL_SERVER_ERROR, ErrorEnvelopeJson.single(500, "Internal error; the failure was logged")));
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void an_answer_goes_out_whole_with_its_length_its_content_type_and_no_caching() throws Exception {
        var answer = get("/small");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Length")).hasValue(Integer.toString(answer.body().length));
        assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .isEqualToIgnoringWhitespace(JsonResponses.CONTENT_TYPE));
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.body()).isEqualTo(LedgerLensJson.objectMapper().writeValueAsBytes(pointsRows(3)));
    }

    @Test
    void the_status_given_is_the_status_sent() throws Exception {
        var answer = get("/created");

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(answer.body()).path("eventLogId").asInt()).isEqualTo(7);
    }

    @Test
    void an_answer_larger_than_the_servers_output_buffer_arrives_whole() throws Exception {
        var answer = get("/large");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().length).as("bytes, over Jetty's 32 KB output buffer").isGreaterThan(64 * 1024);
        JsonNode rows = JSON.readTree(answer.body()).path("rows");
        assertThat(rows).hasSize(2_000);
        assertThat(rows.get(1_999).path("note").asText()).isEqualTo("row 1999");
    }

    @Test
    void a_client_that_accepts_gzip_gets_the_same_answer_compressed() throws Exception {
        var plain = get("/large");
        var compressed = get("/large", "Accept-Encoding", "gzip");

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.body().length).isLessThan(plain.body().length);
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
        }
    }

    /** A body whose JSON Jackson cannot write: its one property fails as it is read. */
    public static final class Unwritable {
        public String getValue() {
            throw new IllegalStateException("no value");
        }
    }

    @Test
    void a_body_that_cannot_be_written_is_answered_by_the_failures_envelope_not_half_an_answer() throws Exception {
        var answer = get("/unwritable", "Accept-Encoding", "gzip");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(JSON.readTree(answer.body()).toString()).contains("Internal error; the failure was logged")
                .doesNotContain("rows");
    }

    @Test
    void a_failure_after_the_handler_answered_leaves_its_answer_as_it_was() throws Exception {
        var answer = get("/answers-then-fails");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"recorded\":true}"));
        assertThat(answer.headers().firstValue("Content-Length")).hasValue(Integer.toString(answer.body().length));
    }

    @Test
    void a_request_no_handler_answered_still_gets_the_failures_envelope() throws Exception {
        var answer = get("/fails");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(answer.body()).toString()).contains("Internal error; the failure was logged");
    }

    @Test
    void answers_are_the_same_bytes_the_services_mapper_writes() throws Exception {
        var answer = get("/points");

        assertThat(answer.body()).isEqualTo(LedgerLensJson.objectMapper().writeValueAsBytes(Map.of("rows", POINTS)));
    }
}

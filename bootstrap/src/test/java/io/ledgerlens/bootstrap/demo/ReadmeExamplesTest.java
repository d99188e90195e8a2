package io.ledgerlens.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's examples work as printed: every {@code curl} preceded by an
 * {@code # expect: <status> [<code>]} line is run against the demo on a fresh
 * database (the ids the README names are the ones a fresh ledger assigns), in
 * file order: a write's effects are there for the examples after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "# expect: (\\d{3})(?: (\\S+))?\\n(curl -s (?:-X ([A-Z]+) )?(?:-H '[^']+' )*(?:-d '([^']*)' )?'([^']+)')");
    private static final Pattern EXPECT = Pattern.compile("# expect: ");
    private static final Pattern HEADER = Pattern.compile("-H '([^:]+): ([^']+)'");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerLensService service;
    private final HttpClient client = HttpClient.newHttpClient();

    /** {@code code}: the first error's (or warning's) code, a number for explode, a word for writes. */
    private record Example(String command, int status, String code, String method, String body, String url,
                           List<String[]> headers) {
    }

    @BeforeAll
    void startTheDemo() {
        service = DemoLedgers.fresh().start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    private static List<Example> examples() throws IOException {
        var readme = Files.readString(Path.of("../README.md"));
        var examples = new ArrayList<Example>();
        var matcher = EXAMPLE.matcher(readme);
        while (matcher.find()) {
            var headers = new ArrayList<String[]>();
            var header = HEADER.matcher(matcher.group(3));
            while (header.find()) {
                headers.add(new String[] {header.group(1), header.group(2)});
            }
            examples.add(new Example(matcher.group(3), Integer.parseInt(matcher.group(1)), matcher.group(2),
                    matcher.group(4) == null ? "GET" : matcher.group(4), matcher.group(5), matcher.group(6), headers));
        }
        assertThat(examples).as("every '# expect:' line is followed by a curl command this test understands")
                .hasSize((int) EXPECT.matcher(readme).results().count());
        return examples;
    }

    @TestFactory
    List<DynamicTest> every_readme_example_answers_as_its_expect_line_says() throws IOException {
        var examples = examples();
        assertThat(examples).as("examples found in README.md").hasSizeGreaterThan(30);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.command(), () -> {
            var url = example.url().replace("http://localhost:7070", "http://127.0.0.1:" + service.port());
            var request = HttpRequest.newBuilder(URI.create(url)).method(example.method(), example.body() == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(example.body()));
            example.headers().forEach(h -> request.header(h[0], h[1]));
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(example.status());
            JsonNode body = JSON.readTree(response.body());
            if (example.code() != null) {
                var first = body.has("errors") ? body.at("/errors/0/code") : body.at("/warnings/0/code");
                assertThat(first.asText()).as(response.body()).isEqualTo(example.code());
            } else if (example.method().equals("GET")) {
                assertThat(body.get("events").size()).as(response.body()).isPositive();
                assertThat(body.get("warnings").isEmpty()).as(response.body()).isTrue();
            } else {
                assertThat(body.has("errors")).as(response.body()).isFalse();
            }
        })).toList();
    }
}

package io.ledgerlens.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.bootstrap.CurlCommand;
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

    private static final Pattern EXAMPLE = Pattern.compile("# expect: (\\d{3})(?: (\\S+))?\\n(" + CurlCommand.COMMAND.pattern() + ")");
    private static final Pattern EXPECT = Pattern.compile("# expect: ");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerLensService service;
    private final HttpClient client = HttpClient.newHttpClient();

    /** {@code code}: the first error's (or warning's) code, a number for explode, a word for writes. */
    private record Example(CurlCommand command, int status, String code) {
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
            var command = CurlCommand.allIn(matcher.group(3)).get(0);
            examples.add(new Example(command, Integer.parseInt(matcher.group(1)), matcher.group(2)));
        }
        assertThat(examples).as("every '# expect:' line is followed by a curl command this test understands")
                .hasSize((int) EXPECT.matcher(readme).results().count());
        return examples;
    }

    @TestFactory
    List<DynamicTest> every_readme_example_answers_as_its_expect_line_says() throws IOException {
        var examples = examples();
        assertThat(examples).as("examples found in README.md").hasSizeGreaterThan(30);
        var token = new String[1];
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.command().text(), () -> {
            var response = client.send(example.command().request(service.port(), token[0]), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(example.status());
            JsonNode body = JSON.readTree(response.body());
            if (example.code() != null) {
                var first = body.has("errors") ? body.at("/errors/0/code") : body.at("/warnings/0/code");
                assertThat(first.asText()).as(response.body()).isEqualTo(example.code());
            } else if (body.at("/data/accessToken").isTextual()) {
                token[0] = body.at("/data/accessToken").asText();
            } else if (example.command().method().equals("GET") && body.has("events")) {
                assertThat(body.get("events").size()).as(response.body()).isPositive();
                assertThat(body.get("warnings").isEmpty()).as(response.body()).isTrue();
            } else if (!body.has("credentials")) {
                assertThat(body.has("errors")).as(response.body()).isFalse();
            }
        })).toList();
    }
}

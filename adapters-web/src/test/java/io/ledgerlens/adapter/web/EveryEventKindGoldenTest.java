package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ledgerlens.application.contract.GoldenFlagCombinations;
import io.ledgerlens.domain.event.EventName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event kind of the contract, exploded with each combination of flags,
 * compared structurally with its golden file ({@code golden/kinds/<EventName>.json},
 * one answer per flag combination). The golden files were reviewed against the
 * contract when written; after a deliberate change of the wire shape, review
 * the difference and rewrite them with {@code -Dgolden.update=true}.
 */
class EveryEventKindGoldenTest extends ServedWorld {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path GOLDEN = Path.of("src/test/resources/golden/kinds");
    /** The flag combinations a golden file answers, by name; GoldenAnswersFollowTheContractSchemaTest reads them too. */
    static final Map<String, String> FLAG_COMBINATIONS = GoldenFlagCombinations.BY_NAME;

    static Stream<EventName> explodableKinds() {
        return Arrays.stream(EventName.values()).filter(EventName::hasExplodeDetail);
    }

    @ParameterizedTest(name = "{0} answers every flag combination as its golden file says")
    @MethodSource("explodableKinds")
    void every_kind_answers_every_flag_combination_as_its_golden_file_says(EventName kind) throws IOException {
        var answers = JSON.createObjectNode();
        FLAG_COMBINATIONS.forEach((combination, flags) -> {
            var reply = web.get("/v2.1/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + MOBILE
                    + "&source=INSTORE&eventIds=" + world.everyKind.get(kind) + flags);
            assertThat(reply.status()).as(combination).isEqualTo(200);
            answers.set(combination, reply.json());
        });
        var golden = GOLDEN.resolve(kind.wireName() + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, JSON.writeValueAsString(answers) + "\n");
        }
        JsonNode expected = JSON.readTree(golden.toFile());
        assertThat((JsonNode) answers).isEqualTo(expected);
    }
}

package io.ledgerlens.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.ledgerlens.domain.event.EventName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden answers per kind ({@code golden/kinds/<kind>.json}, one v2.1 answer per flag
 * combination) checked against JSON Schemas written from the tables of revision 2 of the
 * contract ({@code contract-schema/}: types, required and forbidden keys per kind and flag),
 * not from our output. A change that drifts from the contract fails here even when the
 * golden files are rewritten to match it.
 *
 * <p>What the service does not serve yet is listed, one deviation a line, in
 * {@link #NOT_SERVED_YET}: every violation must be on the list, and everything on the list
 * must still occur, so the list can only shrink as the service is fixed.
 */
class GoldenAnswersFollowTheContractSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/kinds");
    private static final String SCHEMAS = "https://ledgerlens.invalid/contract-schema/";
    private static final Schema CONTRACT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    registry -> registry.schemaIdResolvers(ids -> ids.mapPrefix(SCHEMAS, "classpath:contract-schema/")))
            .getSchema(SchemaLocation.of(SCHEMAS + "exchange.schema.json"));

    private static final String EVENT = "/events/0";
    private static final String BILL = EVENT + "/billDetails";

    /**
     * Where the golden answers break the contract because the service does not serve
     * revision 2 there yet, one deviation a line: kinds, a JSON pointer into the answer
     * ({@code {a,b}} stands for each of a and b; a missing or unexpected key is pointed at by
     * its own name), the schema keyword that fails, and what the answer has instead, e.g.
     * {@code deviation(Set.of(TRANSACTION_ADD), "/events/0/billDetails/{a,b}", "required", "§7.3: ...")}.
     * Empty since every change of revision 2 is served; kept so a future revision can be taken on step by step.
     */
    private static final List<KnownDeviation> NOT_SERVED_YET = List.of();

    static Stream<String> explodableKinds() {
        return Arrays.stream(EventName.values()).filter(EventName::hasExplodeDetail).map(EventName::wireName);
    }

    @ParameterizedTest(name = "{0}: every breach of the contract schema in its golden answers is a deviation known not to be served yet")
    @MethodSource("explodableKinds")
    void every_breach_of_the_contract_schema_is_a_known_deviation(String kind) {
        var found = violationsIn(goldenAnswers(kind), kind);
        var known = knownDeviationsOf(kind);
        var unknown = new TreeMap<>(found);
        unknown.keySet().removeAll(known);
        assertThat(unknown).as("breaches of the contract schema that are not on the list of known deviations").isEmpty();
    }

    @ParameterizedTest(name = "{0}: every deviation listed as not served yet still occurs in its golden answers")
    @MethodSource("explodableKinds")
    void every_listed_deviation_still_occurs(String kind) {
        var found = violationsIn(goldenAnswers(kind), kind).keySet();
        var fixed = new TreeSet<>(knownDeviationsOf(kind));
        fixed.removeAll(found);
        assertThat(fixed).as("deviations listed as not served yet that no longer occur: take them off the list").isEmpty();
    }

    @Test
    void the_golden_files_hold_exactly_the_flag_combinations_the_golden_test_asks_for() {
        explodableKinds().forEach(kind -> assertThat(fieldNames(goldenAnswers(kind))).as(kind)
                .containsExactlyElementsOf(EveryEventKindGoldenTest.FLAG_COMBINATIONS.keySet()));
    }

    @Test
    void a_three_decimal_string_turned_into_a_number_is_a_breach_the_list_does_not_excuse() {
        var answers = goldenAnswers("PointsRedemption");
        ((ObjectNode) answers.at("/no flags/events/0/pointsBreakup/0")).put("points", 20.0);

        var breach = new Violation("PointsRedemption", "/events/0/pointsBreakup/0/points", "type");
        assertReportedAndNotExcused(answers, breach);
    }

    @Test
    void a_promised_breakup_entry_without_its_lapse_date_is_a_breach_the_list_does_not_excuse() {
        var answers = goldenAnswers("TransactionAdd");
        ((ObjectNode) answers.at("/every flag" + BILL + "/pointsEarnedBreakup/promised/0")).remove("expiresOnISO");

        var breach = new Violation("TransactionAdd", BILL + "/pointsEarnedBreakup/promised/0/expiresOnISO", "required");
        assertReportedAndNotExcused(answers, breach);
    }

    @Test
    void an_event_level_points_earned_on_a_target_completed_is_a_breach_the_list_does_not_excuse() {
        var answers = goldenAnswers("TargetCompleted");
        var points = JSON.createObjectNode();
        points.putArray("regular");
        points.putArray("promo");
        points.putArray("promised");
        ((ObjectNode) answers.at("/no flags/events/0")).set("pointsEarned", points);

        var breach = new Violation("TargetCompleted", "/events/0/pointsEarned", "additionalProperties");
        assertReportedAndNotExcused(answers, breach);
    }

    @Test
    void line_items_shown_with_the_breakup_flag_alone_are_a_breach_the_list_does_not_excuse() {
        var answers = goldenAnswers("TransactionAdd");
        var lines = answers.at("/getBillDetails/events/0/billDetails/lineItems").deepCopy();
        ((ObjectNode) answers.at("/getPointsEarnedBreakup/events/0/billDetails")).set("lineItems", lines);

        var breach = new Violation("TransactionAdd", "/events/0/billDetails/lineItems", "maxItems");
        assertReportedAndNotExcused(answers, breach);
    }

    /** The schema reports {@code breach} in {@code answers}, and the list of known deviations does not excuse it. */
    private static void assertReportedAndNotExcused(JsonNode answers, Violation breach) {
        assertThat(violationsIn(answers, breach.kind())).containsKey(breach);
        assertThat(knownDeviationsOf(breach.kind())).doesNotContain(breach);
    }

    /** Every violation of the contract schema in every flag combination, with its messages. */
    private static Map<Violation, List<String>> violationsIn(JsonNode answers, String kind) {
        var found = new TreeMap<Violation, List<String>>();
        EveryEventKindGoldenTest.FLAG_COMBINATIONS.forEach((combination, flags) -> {
            var response = answers.get(combination);
            assertThat(response).as(kind + ", " + combination).isNotNull();
            assertThat(response.at("/events/0/eventName").asText()).as(kind + ", " + combination).isEqualTo(kind);
            var exchange = JSON.createObjectNode();
            exchange.set("query", query(flags));
            exchange.set("response", response);
            for (var error : CONTRACT.validate(exchange)) {
                var at = error.getInstanceLocation().toString().replaceFirst("^/response", "");
                var pointer = error.getProperty() == null ? at : at + "/" + error.getProperty();
                found.computeIfAbsent(new Violation(kind, pointer, error.getKeyword()), v -> new ArrayList<>())
                        .add(combination + ": " + error.getMessage());
            }
        });
        return found;
    }

    /** The flag parameters of a query string such as {@code &getBillDetails=true}, name to value. */
    private static ObjectNode query(String flags) {
        var query = JSON.createObjectNode();
        Arrays.stream(flags.split("&")).filter(p -> !p.isEmpty()).forEach(parameter -> {
            var nameAndValue = parameter.split("=", 2);
            query.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "", StandardCharsets.UTF_8));
        });
        return query;
    }

    private static JsonNode goldenAnswers(String kind) {
        try {
            return JSON.readTree(GOLDEN.resolve(kind + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<Violation> knownDeviationsOf(String kind) {
        return NOT_SERVED_YET.stream().flatMap(KnownDeviation::violations).filter(v -> v.kind().equals(kind))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static KnownDeviation deviation(Set<EventName> kinds, String pointer, String keyword, String reason) {
        return new KnownDeviation(kinds, pointer, keyword, reason);
    }

    /** One breach of the schema: the kind, a JSON pointer into the answer, the failing keyword. */
    private record Violation(String kind, String pointer, String keyword) implements Comparable<Violation> {

        @Override
        public int compareTo(Violation other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return kind + " " + pointer + " (" + keyword + ")";
        }
    }

    /** A deviation known not to be served yet, with the reason; {@code {a,b}} in the pointer stands for each of a and b. */
    private record KnownDeviation(Set<EventName> kinds, String pointer, String keyword, String reason) {

        Stream<Violation> violations() {
            return kinds.stream().flatMap(kind -> expanded(pointer).map(p -> new Violation(kind.wireName(), p, keyword)));
        }

        private static Stream<String> expanded(String pointer) {
            int open = pointer.indexOf('{');
            if (open < 0) {
                return Stream.of(pointer);
            }
            int close = pointer.indexOf('}', open);
            var head = pointer.substring(0, open);
            var tail = pointer.substring(close + 1);
            return Arrays.stream(pointer.substring(open + 1, close).split(",")).flatMap(choice -> expanded(head + choice + tail));
        }
    }
}

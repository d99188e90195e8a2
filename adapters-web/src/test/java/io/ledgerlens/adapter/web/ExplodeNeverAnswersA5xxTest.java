package io.ledgerlens.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlens.adapter.web.RandomExplodeRequests.Request;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever a client sends as query parameters (§4) and scope headers (§3), on
 * either version, the answer is the contract's: 200 with events, or 400 with
 * a non-empty list of errors, both in the envelope. Never a 5xx, never a body
 * that is not JSON. The world answers for real, so requests that are valid
 * (or nearly) go all the way through customer and event resolution.
 *
 * <p>The requests are drawn from a seeded {@link Random}: the same seed sends
 * the same requests. Every case names its seed; replay a run with
 * {@code -Dexplode.fuzz.seed=N}, and draw more (or fewer) requests per family
 * with {@code -Dexplode.fuzz.count=N}. Each family ends with a check that its
 * requests were answered both ways where it matters, so that a generator that
 * drifted into sending only refusals would not pass unnoticed.
 */
class ExplodeNeverAnswersA5xxTest extends ServedWorld {

    private static final long SEED = Long.getLong("explode.fuzz.seed", 20_240_611L);
    private static final int COUNT = Integer.getInteger("explode.fuzz.count", 300);
    private static final int LONGEST_NAME = 160;

    @TestFactory
    Stream<DynamicTest> any_parameters_and_scope_headers_are_answered_200_or_400_in_the_envelope() {
        return fuzz(1, RandomExplodeRequests::anyRequest, Set.of(400));
    }

    /** Garbling one parameter must leave some requests valid, or the answer's assembly would go untested. */
    @TestFactory
    Stream<DynamicTest> ashas_valid_request_with_one_parameter_garbled_is_answered_200_or_400_in_the_envelope() {
        return fuzz(2, RandomExplodeRequests::ashaWithOneGarbledParameter, Set.of(200, 400));
    }

    @TestFactory
    Stream<DynamicTest> ashas_valid_request_under_any_scope_headers_is_answered_200_or_400_in_the_envelope() {
        return fuzz(3, RandomExplodeRequests::ashaUnderAnyScopeHeaders, Set.of(200, 400));
    }

    /**
     * {@link #COUNT} requests of a family, each a test of its own, then the
     * check that the family's answers include every status in {@code expected}.
     * The family's own stream of random numbers keeps each family's requests
     * the same whether the others run or not.
     */
    private Stream<DynamicTest> fuzz(int family, Function<RandomExplodeRequests, Request> draw, Set<Integer> expected) {
        var requests = new RandomExplodeRequests(new Random(SEED * 31 + family), world);
        Map<Integer, Integer> answered = new TreeMap<>();
        var cases = IntStream.rangeClosed(1, COUNT).mapToObj(index -> {
            var request = draw.apply(requests);
            var replay = "seed " + SEED + ", request " + index + "/" + COUNT;
            return dynamicTest(replay + ": " + shortened(request), () -> {
                var reply = web.get(request.pathAndQuery(), request.headers().toArray(String[]::new));
                answered.merge(reply.status(), 1, Integer::sum);
                assertAnsweredInTheEnvelope(reply, replay + " (replay with -Dexplode.fuzz.seed=" + SEED + "): " + request);
            });
        });
        var coverage = dynamicTest("seed " + SEED + ": the " + COUNT + " requests were answered with each of " + expected,
                () -> assertThat(answered.keySet())
                        .as("seed %d: statuses of the %d requests (status=count) %s", SEED, COUNT, answered)
                        .containsAll(expected));
        return Stream.concat(cases, Stream.of(coverage));
    }

    private static void assertAnsweredInTheEnvelope(RunningWebApp.Reply reply, String request) {
        var context = request + "\n answered " + reply.status() + ": " + reply.body();
        assertThat(reply.status()).as(context).isIn(200, 400);
        JsonNode body = json(reply, context);
        assertThat(body.isObject()).as(context).isTrue();
        assertThat(body.path("warnings").isArray()).as(context).isTrue();
        if (reply.status() == 200) {
            assertThat(body.path("events").isArray()).as(context).isTrue();
            assertThat(body.has("errors")).as(context).isFalse();
        } else {
            assertThat(body.has("events")).as(context).isFalse();
            var errors = body.path("errors");
            assertThat(errors.isArray()).as(context).isTrue();
            assertThat(errors.isEmpty()).as(context).isFalse();
            errors.forEach(error -> {
                assertThat(error.path("status").isBoolean()).as(context).isTrue();
                assertThat(error.path("status").asBoolean()).as(context).isFalse();
                assertThat(error.path("code").isInt()).as(context).isTrue();
                assertThat(error.path("message").isTextual()).as(context).isTrue();
            });
        }
    }

    private static JsonNode json(RunningWebApp.Reply reply, String context) {
        try {
            return reply.json();
        } catch (UncheckedIOException notJson) {
            return fail("the body is not JSON: " + context, notJson);
        }
    }

    /** The request as a display name: printable, and short enough to read in a report. */
    private static String shortened(Request request) {
        var printable = request.toString().codePoints()
                .map(c -> Character.isISOControl(c) || !Character.isDefined(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= LONGEST_NAME ? printable : printable.substring(0, LONGEST_NAME) + "…";
    }
}

package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.registration.ReferenceDataRepository;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Tier;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code PUT /v1/ledger/orgs/{orgId}/<kind>/{id}} for every kind of reference data, acting for org 100. The world's
 * events registered program 2649 in orgs 100 and 200 on first use: their tiers stand on it.
 */
class PutReferenceDataEndpointTest extends ServedWorld {

    /**
     * One kind: its path under an org ({@code %d} for the org), a body that creates it, one that changes it and
     * its answer, and a body with every problem the kind can have, with those problems.
     */
    record Kind(String name, String path, String body, String changed, String answer, String wrong, List<List<String>> problems) {

        String at(long org) {
            return "/v1/ledger/orgs/" + org + path;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String LONG_NAME = "x".repeat(256);

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("program", "/programs/7", "{\"name\": \"Core\"}", "{\"name\": \"Core+\", \"isDefault\": true}",
                        "{\"orgId\":%d,\"programId\":7,\"name\":\"Core+\",\"isDefault\":true}",
                        "{\"programId\": 8, \"name\": \"" + LONG_NAME + "\"}",
                        List.of(List.of("programId", "INVALID"), List.of("name", "INVALID"))),
                new Kind("points category", "/points-categories/7", "{\"name\": \"Main\"}", "{\"name\": \"Main 2\"}",
                        "{\"orgId\":%d,\"pointsCategoryId\":7,\"name\":\"Main 2\"}",
                        "{\"pointsCategoryId\": 8, \"name\": \"" + LONG_NAME + "\"}",
                        List.of(List.of("pointsCategoryId", "INVALID"), List.of("name", "INVALID"))),
                new Kind("allocation strategy", "/allocation-strategies/7", "{\"name\": \"10 percent\"}",
                        "{\"orgId\": %d, \"name\": \"12 percent\"}",
                        "{\"orgId\":%d,\"allocationStrategyId\":7,\"name\":\"12 percent\"}",
                        "{\"orgId\": 1, \"name\": \"tab\\there\"}",
                        List.of(List.of("orgId", "INVALID"), List.of("name", "INVALID"))),
                new Kind("expiry strategy", "/expiry-strategies/7", "{\"name\": \"END12\", \"type\": \"FIXED\"}",
                        "{\"name\": \"ROLL6\", \"type\": \"ROLLING\"}",
                        "{\"orgId\":%d,\"expiryStrategyId\":7,\"name\":\"ROLL6\",\"type\":\"ROLLING\"}",
                        "{\"type\": \"SOMETIMES\"}",
                        List.of(List.of("name", "REQUIRED"), List.of("type", "INVALID"))),
                new Kind("promotion", "/promotions/7", "{\"name\": \"Diwali\"}",
                        "{\"name\": \"Diwali\", \"startDate\": \"2024-10-01\", \"endDate\": \"2024-11-15\"}",
                        "{\"orgId\":%d,\"promotionId\":7,\"name\":\"Diwali\",\"startDate\":\"2024-10-01\",\"endDate\":\"2024-11-15\"}",
                        "{\"startDate\": \"2024-11-15\", \"endDate\": \"2024-10-01\"}",
                        List.of(List.of("name", "REQUIRED"), List.of("endDate", "INVALID"))),
                new Kind("alternate currency", "/alternate-currencies/7", "{\"name\": \"coins\", \"identifier\": \"c1\"}",
                        "{\"name\": \"gems\", \"identifier\": \"g1\"}",
                        "{\"orgId\":%d,\"alternateCurrencyId\":7,\"name\":\"gems\",\"identifier\":\"g1\"}",
                        "{\"name\": \"\", \"identifier\": null}",
                        List.of(List.of("name", "REQUIRED"), List.of("identifier", "REQUIRED"))),
                new Kind("till", "/tills/7", "{\"code\": \"acme.till1\"}", "{\"code\": \"acme.till2\"}",
                        "{\"orgId\":%d,\"tillId\":7,\"code\":\"acme.till2\"}",
                        "{\"tillId\": 7}",
                        List.of(List.of("code", "REQUIRED"))),
                new Kind("tier", "/programs/2649/tiers/2", "{\"name\": \"SILVER\"}", "{\"name\": \"SILVER+\"}",
                        "{\"orgId\":%d,\"programId\":2649,\"slabNumber\":2,\"name\":\"SILVER+\"}",
                        "{\"programId\": 1, \"slabNumber\": 3, \"name\": \"\"}",
                        List.of(List.of("programId", "INVALID"), List.of("slabNumber", "INVALID"), List.of("name", "REQUIRED"))));
    }

    private <T> Optional<T> registered(java.util.function.Function<ReferenceDataRepository, Optional<T>> question) {
        return ledger.unfenced(registry -> question.apply(registry.referenceData()));
    }

    @ParameterizedTest(name = "a {0} is created with 201, then changed with 200 and answered as stored")
    @MethodSource("kinds")
    void each_kind_is_created_then_changed_and_answered_as_stored(Kind kind) {
        assertThat(web.put(kind.at(100), kind.body()).status()).isEqualTo(201);
        var changed = web.put(kind.at(100), kind.changed().formatted(100));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().toString()).isEqualTo(kind.answer().formatted(100));
    }

    @ParameterizedTest(name = "a {0} of a child org is registered by its parent")
    @MethodSource("kinds")
    void each_kind_is_registered_for_a_child_org(Kind kind) {
        var reply = web.put(kind.at(200), kind.changed().formatted(200));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().toString()).isEqualTo(kind.answer().formatted(200));
    }

    @ParameterizedTest(name = "a {0} with every problem is refused with all of them, and nothing is written")
    @MethodSource("kinds")
    void each_kind_refuses_a_wrong_body_with_every_problem(Kind kind) {
        var reply = web.put(kind.at(100), kind.wrong());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problems()).isEqualTo(kind.problems());
        assertThat(web.put(kind.at(100), kind.body()).status()).as("still not registered").isEqualTo(201);
    }

    @ParameterizedTest(name = "a {0} of another org is refused with 403")
    @MethodSource("kinds")
    void each_kind_of_another_org_is_refused(Kind kind) {
        var reply = web.put(kind.at(300), kind.body());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problems()).containsExactly(List.of("orgId", "OTHER_ORG"));
    }

    @ParameterizedTest(name = "a {0} with malformed path ids is refused with every problem")
    @MethodSource("kinds")
    void each_kind_refuses_malformed_path_ids(Kind kind) {
        var reply = web.put("/v1/ledger/orgs/0" + kind.path().replace("/7", "/-7").replace("/2649/", "/x/").replace("/2", "/99999999999"),
                kind.body());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problems()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> assertThat(p.get(1)).isEqualTo("INVALID"));
    }

    @Test
    void a_value_of_the_wrong_json_type_an_unknown_field_and_a_body_that_is_not_json_are_refused_at_their_field() {
        assertThat(web.put("/v1/ledger/orgs/100/programs/7", "{\"name\": \"Core\", \"isDefault\": \"yes\"}").problems())
                .containsExactly(List.of("isDefault", "INVALID"));
        assertThat(web.put("/v1/ledger/orgs/100/programs/7", "{\"name\": 5}").problems()).containsExactly(List.of("name", "INVALID"));
        assertThat(web.put("/v1/ledger/orgs/100/programs/7", "{\"programId\": 7.5, \"name\": \"Core\"}").problems())
                .containsExactly(List.of("programId", "INVALID"));
        assertThat(web.put("/v1/ledger/orgs/100/promotions/7", "{\"name\": \"Diwali\", \"budget\": 5}").problems())
                .containsExactly(List.of("budget", "UNKNOWN"));
        var notJson = web.put("/v1/ledger/orgs/100/tills/7", "{\"code\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.problems()).containsExactly(List.of("", "INVALID"));
        var nothing = web.put("/v1/ledger/orgs/100/tills/7", "null");
        assertThat(nothing.problems()).containsExactly(List.of("", "REQUIRED"));
        assertThat(notJson.body() + nothing.body()).doesNotContain("io.ledgerlens", "class", "Exception");
    }

    @Test
    void a_date_outside_the_years_1_to_9999_and_text_with_half_a_surrogate_pair_are_refused_before_the_store_sees_them() {
        var reply = web.put("/v1/ledger/orgs/100/promotions/7",
                "{\"name\": \"half \\ud800 pair\", \"startDate\": \"+10000-01-01\", \"endDate\": \"0000-12-31\"}");
        assertThat(reply.problems()).containsExactly(List.of("name", "INVALID"), List.of("startDate", "INVALID"),
                List.of("endDate", "INVALID"));
        assertThat(web.put("/v1/ledger/orgs/100/promotions/7", "{\"name\": \"Emoji 😀 fine\", \"endDate\": \"9999-12-31\"}")
                .status()).isEqualTo(201);
    }

    @Test
    void a_promotion_ending_before_it_starts_and_a_date_that_is_not_one_are_refused() {
        var reply = web.put("/v1/ledger/orgs/100/promotions/7",
                "{\"name\": \"Backwards\", \"startDate\": \"2024-11-15\", \"endDate\": \"2024-10-01\"}");
        assertThat(reply.problems()).containsExactly(List.of("endDate", "INVALID"));
        reply = web.put("/v1/ledger/orgs/100/promotions/7", "{\"name\": \"Bad\", \"startDate\": \"15/11/2024\"}");
        assertThat(reply.problems()).containsExactly(List.of("startDate", "INVALID"));
    }

    @Test
    void a_tier_of_a_program_not_registered_is_404() {
        var reply = web.put("/v1/ledger/orgs/100/programs/4242/tiers/1", "{\"name\": \"GOLD\"}");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.problems()).containsExactly(List.of("programId", "NOT_FOUND"));
    }

    @Test
    void a_currency_name_of_another_currency_of_the_org_is_409() {
        assertThat(web.put("/v1/ledger/orgs/100/alternate-currencies/7", "{\"name\": \"coins\", \"identifier\": \"c1\"}").status())
                .isEqualTo(201);
        var reply = web.put("/v1/ledger/orgs/100/alternate-currencies/8", "{\"name\": \"coins\", \"identifier\": \"c2\"}");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.problems()).containsExactly(List.of("name", "TAKEN"));
        assertThat(registered(data -> data.alternateCurrency(PARENT, 8))).isEmpty();
        assertThat(ledger.alternateCurrenciesOf(List.of(PARENT))).contains(new AlternateCurrency(7, "coins", "c1"));
    }

    @Test
    void a_new_default_program_takes_over_and_explode_sees_registered_reference_data() {
        web.put("/v1/ledger/orgs/100/programs/1", "{\"name\": \"Core\", \"isDefault\": true}");
        web.put("/v1/ledger/orgs/100/programs/2", "{\"name\": \"Premium\", \"isDefault\": true}");
        assertThat(registered(data -> data.program(PARENT, 1)))
                .contains(new Program(1, "Core", false));
        web.put("/v1/ledger/orgs/100/tills/7", "{\"code\": \"t7\"}");
        web.put("/v1/ledger/orgs/100/programs/2/tiers/1", "{\"name\": \"BASE\"}");
        assertThat(registered(data -> data.till(PARENT, 7))).contains(new Till(7, "t7"));
        assertThat(registered(data -> data.tier(PARENT, 2, 1))).contains(new Tier(2, 1, "BASE"));
        assertThat(registered(data -> data.till(OrgId.of(300), 7))).isEqualTo(Optional.empty());
    }

    @Test
    void a_store_that_cannot_answer_is_503_with_retry_after() {
        ledger.becomeUnavailable();
        var reply = web.put("/v1/ledger/orgs/100/tills/7", "{\"code\": \"t7\"}");
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }
}

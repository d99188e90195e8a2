package io.ledgerlens.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * §7.5.1 of revision 2: a completed target is recorded with its source type and
 * explodes as Capillary's samples show it — values as three-decimal strings, a
 * milestone with its trigger value and name only, the points as promo and
 * promised without a regular key.
 */
class TargetCompletedDetailsTest extends ServedWrites {

    private static ObjectNode target(Consumer<ObjectNode> change) {
        return request("target.json", change);
    }

    private static ObjectNode milestone(ObjectNode body) {
        body.put("uniqueId", "tgt-milestone");
        ((ObjectNode) body.get("target")).put("sourceType", "MILESTONE").put("triggerValue", 250)
                .put("milestoneName", "Halfway").remove(List.of("targetValue", "achievedValue", "targetDescription"));
        return body;
    }

    @Test
    void a_user_target_shows_its_target_and_achieved_values_as_three_decimal_strings_and_its_promo_points() {
        var event = recordedAndExploded(target(body -> { }));
        var details = event.get("targetCompletedDetails");

        assertThat(keysOf(details)).containsExactlyInAnyOrder("targetGroupID", "targetGroupName", "targetId", "targetName",
                "targetDescription", "targetPeriodID", "targetPeriodName", "targetValue", "achievedValue", "sourceId",
                "sourceType", "pointsEarned");
        assertThat(details.get("targetValue").isTextual()).isTrue();
        assertThat(details.get("targetValue").asText()).isEqualTo("500.000");
        assertThat(details.get("achievedValue").asText()).isEqualTo("612.500");
        assertThat(details.get("sourceId").isIntegralNumber()).isTrue();
        assertThat(details.get("sourceType").asText()).isEqualTo("USERTARGET");
        assertThat(keysOf(details.get("pointsEarned"))).containsExactlyInAnyOrder("promo", "promised");
        assertThat(details.at("/pointsEarned/promo/0/promotionId").asLong()).isEqualTo(40012);
        assertThat(details.at("/pointsEarned/promo/0/value").decimalValue()).isEqualByComparingTo("50");
        assertThat(details.at("/pointsEarned/promised").isArray()).isTrue();
        assertThat(details.at("/pointsEarned/promised")).isEmpty();
        assertThat(event.has("pointsEarned")).as("no event-level points: they would show twice").isFalse();
    }

    @Test
    void a_milestone_shows_its_trigger_value_and_name_instead_of_target_and_achieved_values() {
        var details = recordedAndExploded(target(TargetCompletedDetailsTest::milestone)).get("targetCompletedDetails");

        assertThat(keysOf(details)).containsExactlyInAnyOrder("targetGroupID", "targetGroupName", "targetId", "targetName",
                "targetPeriodID", "targetPeriodName", "triggerValue", "sourceId", "sourceType", "pointsEarned",
                "mileStoneName");
        assertThat(details.get("triggerValue").asText()).isEqualTo("250.000");
        assertThat(details.get("mileStoneName").asText()).isEqualTo("Halfway");
        assertThat(details.get("sourceType").asText()).isEqualTo("MILESTONE");
    }

    @Test
    void a_target_takes_promo_or_promised_points_but_not_regular_ones_that_would_show_nowhere() {
        var regular = target(body -> ((ObjectNode) body.at("/allocations/0")).put("kind", "REGULAR").remove("promotion"));

        assertThat(refusal(regular)).containsExactly(List.of("allocations", "NOT_ALLOWED"));
    }

    @Test
    void the_source_type_and_id_are_required_and_the_type_is_one_of_the_contracts_four() {
        assertThat(refusal(target(body -> ((ObjectNode) body.get("target")).remove(List.of("sourceType", "sourceId")))))
                .containsExactlyInAnyOrder(List.of("target.sourceType", "REQUIRED"), List.of("target.sourceId", "REQUIRED"));
        assertThat(refusal(target(body -> ((ObjectNode) body.get("target")).put("sourceType", "TRANSACTION"))))
                .containsExactly(List.of("target.sourceType", "INVALID"));
    }

    @Test
    void a_milestone_needs_its_trigger_value_and_name_and_other_targets_refuse_them() {
        var bare = target(body -> ((ObjectNode) milestone(body).get("target")).remove(List.of("triggerValue", "milestoneName")));
        assertThat(refusal(bare)).containsExactlyInAnyOrder(
                List.of("target.triggerValue", "REQUIRED"), List.of("target.milestoneName", "REQUIRED"));

        var mixed = target(body -> ((ObjectNode) body.get("target")).put("triggerValue", 250).put("milestoneName", "x")
                .remove("achievedValue"));
        assertThat(refusal(mixed)).containsExactlyInAnyOrder(List.of("target.achievedValue", "REQUIRED"),
                List.of("target.triggerValue", "NOT_ALLOWED"), List.of("target.milestoneName", "NOT_ALLOWED"));
    }
}

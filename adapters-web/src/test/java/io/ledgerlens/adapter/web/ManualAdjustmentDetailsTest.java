package io.ledgerlens.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * §7.5.2 of revision 2: an adjustment recorded with the allocations it
 * consumed explodes with one twenty-key entry per allocation (the promotion
 * keys only where a promotion awarded it); one recorded with per-program
 * totals only shows what is known and invents nothing.
 */
class ManualAdjustmentDetailsTest extends ServedWrites {

    private static ObjectNode adjustment(Consumer<ObjectNode> change) {
        return request("adjustment.json", change);
    }

    private JsonNode detailsOf(ObjectNode body) {
        return recordedAndExploded(body).get("manualPointsAdjustmentDetails");
    }

    private static ObjectNode firstEntry(ObjectNode body) {
        return (ObjectNode) body.at("/adjustment/deductionBreakup/0");
    }

    @Test
    void each_consumed_allocation_shows_what_was_taken_from_which_award_by_whom_and_when() {
        var details = detailsOf(adjustment(body -> { }));

        assertThat(details.get("totalPointsDeducted").asText()).isEqualTo("40.000");
        assertThat(details.get("createdOn").asText()).as("no fraction, unlike every other legacy timestamp")
                .isEqualTo("2026-02-02 14:45:00");
        assertThat(details.get("orgId").isIntegralNumber()).isTrue();
        var entry = details.at("/pointsDeductionBreakUpDetails/0");
        assertThat(keysOf(entry)).containsExactlyInAnyOrder("customerId", "loyaltyId", "programId", "programName",
                "pointAwardedRefType", "pointAwardedRefId", "deductionType", "pointsDeducted", "pointsDeductedStr",
                "pointsDeductedCurrencyValue", "pointsDeductedCurrencyValueStr", "pointsDeductedOn", "pointsDeductedOnISO",
                "pointsDeductedBy", "pointsDeductedById", "sourceType", "awardedTillId", "awardedTillDate",
                "awardedTillDateISO");
        assertThat(entry.get("programId").isIntegralNumber()).as("an integer here, unlike pointsBreakup's string").isTrue();
        assertThat(entry.get("loyaltyId").asLong()).as("the customer's id when none was given").isEqualTo(5001);
        assertThat(entry.get("deductionType").asText()).isEqualTo("MANUAL_ADJUSTMENT");
        assertThat(entry.get("pointsDeducted").isNumber()).isTrue();
        assertThat(entry.get("pointsDeductedStr").asText()).isEqualTo("40.000");
        assertThat(entry.get("pointsDeductedCurrencyValueStr").asText()).isEqualTo("4.000");
        assertThat(entry.get("pointsDeductedOn").asText()).as("the adjustment's time when none was given")
                .isEqualTo("2026-02-02 14:45:00.0");
        assertThat(entry.get("awardedTillDate").asText()).isEqualTo("2026-01-20 23:32:11.0");
        assertThat(entry.get("pointsDeductedBy").asText()).isEqualTo("care.agent");
    }

    @Test
    void an_allocation_a_promotion_awarded_names_the_promotion() {
        var entry = detailsOf(adjustment(body -> firstEntry(body).put("pointAwardedRefType",
                "POINT_AWARDED_BILL_PROMOTION").set("promotion", JSON.createObjectNode().put("id", 7701)
                .put("name", "Weekend double points")))).at("/pointsDeductionBreakUpDetails/0");

        assertThat(entry.get("promotionId").asLong()).isEqualTo(7701);
        assertThat(entry.get("promotionName").asText()).isEqualTo("Weekend double points");
    }

    @Test
    void an_adjustment_known_by_its_program_totals_shows_what_is_known_and_invents_nothing() {
        var details = detailsOf(adjustment(body -> {
            var adjustment = (ObjectNode) body.get("adjustment");
            adjustment.remove("deductionBreakup");
            adjustment.putArray("deductions").addObject().put("points", 40)
                    .set("program", JSON.createObjectNode().put("id", 2649).put("name", "Default Program").put("isDefault", true));
        }));

        assertThat(keysOf(details.at("/pointsDeductionBreakUpDetails/0"))).containsExactlyInAnyOrder("customerId",
                "loyaltyId", "programId", "programName", "deductionType", "pointsDeducted", "pointsDeductedStr",
                "pointsDeductedOn", "pointsDeductedOnISO");
    }

    @Test
    void without_a_total_the_total_is_what_the_breakup_adds_up_to() {
        var details = detailsOf(adjustment(body -> ((ObjectNode) body.get("adjustment")).remove("totalPointsDeducted")));

        assertThat(details.get("totalPointsDeducted").asText()).isEqualTo("40.000");
    }

    @Test
    void the_breakup_adds_up_to_the_total_and_is_not_given_together_with_program_totals() {
        assertThat(refusal(adjustment(body -> firstEntry(body).put("points", 39))))
                .containsExactly(List.of("adjustment.totalPointsDeducted", "INVALID"));

        assertThat(refusal(adjustment(body -> ((ObjectNode) body.get("adjustment")).putArray("deductions").addObject()
                .put("points", 40).set("program", JSON.createObjectNode().put("id", 2649).put("name", "Default Program")))))
                .containsExactly(List.of("adjustment.deductions", "NOT_ALLOWED"));
    }

    @Test
    void each_entry_names_its_award_and_who_took_the_points() {
        assertThat(refusal(adjustment(body -> firstEntry(body).put("pointAwardedRefType", "BONUS")
                .remove(List.of("pointsDeductedBy", "awardedTillDate")))))
                .containsExactlyInAnyOrder(List.of("adjustment.deductionBreakup[0].pointAwardedRefType", "INVALID"),
                        List.of("adjustment.deductionBreakup[0].pointsDeductedBy", "REQUIRED"),
                        List.of("adjustment.deductionBreakup[0].awardedTillDate", "REQUIRED"));
    }
}

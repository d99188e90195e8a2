package io.ledgerlens.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * §7.5 of revision 2: a redemption's {@code redemptionId} and a goodwill
 * award's {@code requestId} are 64-bit integers. The write takes them as a JSON
 * number or its digits; free text, which revision 1 took, is refused now (an
 * event recorded with it before answers without the key: {@code StoredIdTest}).
 */
class IdsAnsweredAsIntegersTest extends ServedWrites {

    private static ObjectNode redemption(Object id) {
        return request("redemption.json", body -> {
            var redemption = (ObjectNode) body.get("redemption");
            if (id instanceof Long number) {
                redemption.put("redemptionId", number);
            } else {
                redemption.put("redemptionId", (String) id);
            }
        });
    }

    @Test
    void a_redemption_id_sent_as_a_number_or_as_its_digits_is_answered_as_an_integer() {
        var asNumber = recordedAndExploded(redemption(20240099L)).at("/eventDetails/redemptionDetails/redemptionId");
        assertThat(asNumber.isIntegralNumber()).isTrue();
        assertThat(asNumber.asLong()).isEqualTo(20240099L);

        var asDigits = recordedAndExploded((ObjectNode) redemption("9223372036854775807").put("uniqueId", "rdm-digits"))
                .at("/eventDetails/redemptionDetails/redemptionId");
        assertThat(asDigits.isIntegralNumber()).isTrue();
        assertThat(asDigits.asLong()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void free_text_zero_and_ids_past_64_bits_are_refused_at_the_field() {
        for (var id : List.of("RDM-2024-0099", "0", "9223372036854775808", "0042")) {
            assertThat(refusal(redemption(id))).as(id).containsExactly(List.of("redemption.redemptionId", "INVALID"));
        }
    }

    @Test
    void a_goodwill_request_id_is_answered_as_an_integer_and_free_text_is_refused_at_the_field() {
        var goodwill = JSON.createObjectNode().put("uniqueId", "gw-request-id").put("eventName", "AllocateGoodwillPoints")
                .put("customerId", 5001).put("eventTime", "2024-08-02T12:00:00+05:30");
        goodwill.putObject("goodwill").put("reason", "late delivery").put("requestId", 55);

        var requestId = recordedAndExploded(goodwill).at("/eventDetails/requestId");
        assertThat(requestId.isIntegralNumber()).isTrue();
        assertThat(requestId.asLong()).isEqualTo(55);

        goodwill.put("uniqueId", "gw-free-text");
        ((ObjectNode) goodwill.get("goodwill")).put("requestId", "req-55");
        assertThat(refusal(goodwill)).containsExactly(List.of("goodwill.requestId", "INVALID"));
    }
}

package io.ledgerlens.adapter.web.http;

import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.build;
import static io.ledgerlens.adapter.web.http.FieldChecks.each;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredAmount;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredText;
import static io.ledgerlens.adapter.web.http.FieldChecks.text;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void every_problem_of_a_body_is_reported_at_once_in_the_order_its_fields_are_read() {
        var name = requiredText("name", " ", 10);
        var amount = requiredAmount("amount", new BigDecimal("-1"));
        var note = text("note", "fine", 10);

        var read = all(() -> valid("never built"), name, amount, note);

        assertThat(read.getError()).containsExactly(
                new FieldProblem("name", FieldProblem.REQUIRED, "name is required"),
                new FieldProblem("amount", FieldProblem.INVALID, "amount must not be negative"));
    }

    @Test
    void a_value_is_built_only_when_every_field_is_right() {
        var built = new AtomicBoolean();
        var refused = all(() -> {
            built.set(true);
            return valid("built");
        }, requiredText("name", null, 10));

        assertThat(refused.isInvalid()).isTrue();
        assertThat(built).isFalse();
        assertThat(all(() -> valid("built"), requiredText("name", "Asha", 10)).get()).isEqualTo("built");
    }

    @Test
    void an_absent_optional_field_is_empty_and_no_problem() {
        assertThat(text("note", null, 10).get()).isEqualTo(Optional.empty());
    }

    @Test
    void a_domain_value_that_refuses_itself_is_a_problem_at_its_field() {
        var refused = build("bill", () -> {
            throw new IllegalArgumentException("a bill needs a line item");
        });

        assertThat(refused.getError()).containsExactly(new FieldProblem("bill", FieldProblem.INVALID, "a bill needs a line item"));
    }

    @Test
    void every_item_of_a_list_is_read_at_its_index_and_a_missing_item_is_required() {
        var read = each("lines", Arrays.asList("a", null, "toolong"), (path, line) -> text(path, line, 3));

        assertThat(read.getError()).containsExactly(
                new FieldProblem("lines[1]", FieldProblem.REQUIRED, "lines[1] is required"),
                new FieldProblem("lines[2]", FieldProblem.INVALID, "lines[2] must be at most 3 printable characters"));
        assertThat(each("lines", null, (path, line) -> valid(line)).get()).isEqualTo(List.of());
    }
}

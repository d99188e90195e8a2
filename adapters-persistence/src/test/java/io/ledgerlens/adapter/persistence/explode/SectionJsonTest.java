package io.ledgerlens.adapter.persistence.explode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A section's rows read from the JSON PostgreSQL aggregates them into, as {@code json_build_array} writes values. */
class SectionJsonTest {

    private record Mode(String name, BigDecimal amount) {
    }

    private record Line(int position, List<Mode> modes) {
    }

    @Test
    void an_amount_keeps_the_scale_it_was_stored_with() {
        var modes = SectionJson.parse("[[\"CASH\", 4768.000000], [\"CARD\", 12.50], [\"GIFT\", 100]]",
                row -> new Mode(row.text(), row.decimal()));

        assertThat(modes).extracting(Mode::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("4768.000000", "12.50", "100");
    }

    @Test
    void a_null_column_is_read_as_null_and_text_keeps_its_escapes_undone() {
        var modes = SectionJson.parse("[[\"line \\\"one\\\"\\n\\u00e9\", null]]", row -> new Mode(row.text(), row.decimal()));

        assertThat(modes).containsExactly(new Mode("line \"one\"\né", null));
    }

    @Test
    void a_timestamp_travels_as_microseconds_since_the_epoch_before_and_after_it() {
        var instants = SectionJson.parse("[[1704083416000000], [1704083416500001], [-1], [null]]",
                row -> Optional.ofNullable(row.instant()));

        assertThat(instants).containsExactly(Optional.of(Instant.parse("2024-01-01T04:30:16Z")),
                Optional.of(Instant.parse("2024-01-01T04:30:16.500001Z")),
                Optional.of(Instant.parse("1969-12-31T23:59:59.999999Z")), Optional.empty());
    }

    @Test
    void ids_flags_and_dates_are_read_as_their_types() {
        record Tier(Long program, Integer slab, Boolean isDefault, LocalDate from) {
        }
        var tiers = SectionJson.parse("[[9007199254740993, 2, true, \"2024-02-29\"], [null, null, null, null]]",
                row -> new Tier(row.int64(), row.int32(), row.bool(), row.date()));

        assertThat(tiers).containsExactly(new Tier(9007199254740993L, 2, true, LocalDate.of(2024, 2, 29)),
                new Tier(null, null, null, null));
    }

    @Test
    void a_nested_section_is_read_with_its_own_reader_in_its_row() {
        var lines = SectionJson.parse("[[1, [[\"CASH\", 1.5], [\"CARD\", 2]]], [2, []], [3, null]]",
                row -> new Line(row.int32(), row.rows(modes -> new Mode(modes.text(), modes.decimal()))));

        assertThat(lines).containsExactly(
                new Line(1, List.of(new Mode("CASH", new BigDecimal("1.5")), new Mode("CARD", new BigDecimal("2")))),
                new Line(2, List.of()), new Line(3, List.of()));
    }

    @Test
    void no_rows_is_an_empty_section() {
        assertThat(SectionJson.parse("[]", row -> row.text())).isEmpty();
        assertThat(SectionJson.parse(" [ ] ", row -> row.text())).isEmpty();
    }

    @Test
    void a_row_with_more_values_than_its_reader_takes_is_refused_not_misread() {
        assertThatThrownBy(() -> SectionJson.parse("[[\"CASH\", 1.5, \"extra\"]]", row -> new Mode(row.text(), row.decimal())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("more values");
    }

    @Test
    void a_row_with_fewer_values_than_its_reader_takes_is_refused_not_misread() {
        assertThatThrownBy(() -> SectionJson.parse("[[\"CASH\"]]", row -> new Mode(row.text(), row.decimal())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fewer values");
    }

    @Test
    void a_section_that_is_not_an_array_of_rows_is_refused() {
        assertThatThrownBy(() -> SectionJson.parse("{\"CASH\": 1.5}", row -> row.text()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SectionJson.parse("[\"CASH\"]", row -> row.text()))
                .isInstanceOf(IllegalStateException.class);
    }
}

package io.ledgerlens.adapter.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.LedgerRefusedException.Part;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value refused in any table of an event's kind-specific details is a refusal of the event's details. */
class RefusalsTest {

    @ParameterizedTest(name = "a value refused in {0}")
    @ValueSource(strings = {"generic_event_detail", "goodwill_detail", "manual_adjustment_detail", "adjustment_deduction",
        "event_program_points", "ledger_write_details"})
    void is_named_a_refusal_of_the_events_details(String table) {
        var refused = Refusals.of(new RefusedRows(table, new DataAccessException("value too long")));

        assertThat(refused).hasValueSatisfying(refusal -> assertThat(refusal.part()).isEqualTo(Part.EVENT_DETAIL));
    }
}

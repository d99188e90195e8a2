package io.ledgerlens.adapter.web.explode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** §8: both renderings in the deployment's zone, ISO without fractions, a zero offset written Z. */
class LedgerTimeTest {

    private static final Instant AN_INSTANT = Instant.parse("2025-12-03T05:13:39.250Z");

    @Test
    void a_utc_deployment_writes_a_zero_offset_as_z_and_no_fraction() {
        assertThat(LedgerTime.iso(AN_INSTANT, ZoneOffset.UTC)).isEqualTo("2025-12-03T05:13:39Z");
        assertThat(LedgerTime.legacy(AN_INSTANT, ZoneOffset.UTC)).isEqualTo("2025-12-03 05:13:39.2");
    }

    @Test
    void an_indian_deployment_shows_the_same_instant_at_its_own_wall_clock_with_its_offset() {
        var kolkata = ZoneId.of("Asia/Kolkata");
        assertThat(LedgerTime.iso(AN_INSTANT, kolkata)).isEqualTo("2025-12-03T10:43:39+05:30");
        assertThat(LedgerTime.legacy(AN_INSTANT, kolkata)).isEqualTo("2025-12-03 10:43:39.2");
    }

    @Test
    void an_extended_field_holding_a_date_time_is_shown_in_the_deployments_zone_and_any_other_value_as_recorded() {
        assertThat(LedgerTime.isoIfDateTime("2024-03-26T10:38:00+05:30", ZoneOffset.UTC)).contains("2024-03-26T05:08:00Z");
        assertThat(LedgerTime.isoIfDateTime("2024-03-26T05:08:00.5Z", ZoneId.of("Asia/Kolkata")))
                .contains("2024-03-26T10:38:00+05:30");
        assertThat(LedgerTime.isoIfDateTime("pos", ZoneOffset.UTC)).isEmpty();
        assertThat(LedgerTime.isoIfDateTime("2024-03-26", ZoneOffset.UTC)).as("a date is not a date-time").isEmpty();
        assertThat(LedgerTime.isoIfDateTime("2024-03-26T10:38:00", ZoneOffset.UTC)).as("no offset, no instant").isEmpty();
        assertThat(LedgerTime.isoIfDateTime("2024-03-26T99:99:99+05:30", ZoneOffset.UTC)).isEmpty();
    }
}

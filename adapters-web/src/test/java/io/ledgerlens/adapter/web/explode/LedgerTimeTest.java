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
}

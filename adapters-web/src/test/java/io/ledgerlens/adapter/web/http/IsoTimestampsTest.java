package io.ledgerlens.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path accepts exactly what java.time's ISO parser accepts, and reads the same instant from it. */
class IsoTimestampsTest {

    private static Optional<Instant> javaTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException refused) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> ours(String text) {
        try {
            return Optional.of(IsoTimestamps.instantOf(text));
        } catch (DateTimeParseException refused) {
            return Optional.empty();
        }
    }

    @Test
    void the_shapes_tills_send_take_the_fast_path_and_read_as_java_time_reads_them() {
        assertThat(List.of("2026-11-20T10:00:00+05:30", "2024-03-26T10:38:00.123456789Z", "2027-01-01T00:00:00-08:00"))
                .allMatch(IsoTimestamps::isTheUsualShape);
        assertThat(IsoTimestamps.instantOf("2026-11-20T10:00:00+05:30")).isEqualTo(Instant.parse("2026-11-20T04:30:00Z"));
        assertThat(IsoTimestamps.instantOf("2024-03-26T10:38:00.123456789Z")).isEqualTo(Instant.parse("2024-03-26T10:38:00.123456789Z"));
        assertThat(IsoTimestamps.instantOf("2027-01-01T00:00:00-08:00")).isEqualTo(Instant.parse("2027-01-01T08:00:00Z"));
    }

    @Test
    void edge_cases_are_accepted_or_refused_as_java_time_does() {
        var edges = List.of("2026-11-20T10:00+05:30", "2026-11-20t10:00:00+05:30", "2026-11-20T10:00:00z",
                "2026-11-20T10:00:00+05:30:15", "2026-11-20 10:00:00+05:30", "2026-11-20T10:00:00", "2026-02-29T10:00:00Z",
                "2024-02-29T10:00:00Z", "2026-11-20T24:00:00Z", "2026-12-31T23:59:60Z", "2026-11-20T10:00:00.Z",
                "2026-11-20T10:00:00.1234567890Z", "2026-11-20T10:00:00+18:00", "2026-11-20T10:00:00+18:01",
                "2026-11-20T10:00:00-00:00", "2026-11-20T10:00:00+0530", "2026-11-20T10:00:00+05", "+12026-11-20T10:00:00Z",
                "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999+00:00", "2026-13-01T00:00:00Z", "2026-11-31T00:00:00Z",
                "2026-11-20T10:00:00+05:30 ", " 2026-11-20T10:00:00+05:30", "2026-11-20T10:00:00,5Z", "2026-1-20T10:00:00Z",
                "2026-11-20T10:00:00.5+05:30", "2026-11-20T1:00:00Z", "２０２６-11-20T10:00:00Z", "2026-11-20T10:00:00+05:30Z");
        edges.forEach(text -> assertThat(ours(text)).as(text).isEqualTo(javaTime(text)));
    }

    @Test
    void ten_thousand_timestamps_and_their_mutations_read_as_java_time_reads_them() {
        var random = new Random(20261206);
        var texts = new ArrayList<String>();
        for (int i = 0; i < 10_000; i++) {
            var instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L), random.nextInt(1_000_000_000));
            var offset = ZoneOffset.ofTotalSeconds((random.nextInt(-18 * 4, 18 * 4 + 1)) * 15 * 60);
            var text = instant.atOffset(offset).toString();
            texts.add(text);
            var chars = text.toCharArray();
            chars[random.nextInt(chars.length)] = "0123456789-+:.TZtz x".charAt(random.nextInt(20));
            texts.add(new String(chars));
            var cut = random.nextInt(text.length());
            texts.add(text.substring(0, cut) + text.substring(cut + 1));
        }
        int accepted = 0;
        for (var text : texts) {
            var expected = javaTime(text);
            assertThat(ours(text)).as(text).isEqualTo(expected);
            accepted += expected.isPresent() ? 1 : 0;
        }
        assertThat(accepted).as("valid timestamps among them").isGreaterThan(10_000);
    }
}

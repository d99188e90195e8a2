package io.ledgerlens.adapter.web.explode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The contract's two renderings of an instant, both in the server's time zone
 * (§8): legacy {@code 2024-10-25 22:59:12.0} and ISO-8601 with its offset,
 * without fractions.
 */
final class LedgerTime {

    private static final DateTimeFormatter LEGACY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.S");
    private static final String MINIMAL_DATE_TIME = "2024-03-26T10:38Z";
    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** A zero offset is {@code Z}, any other {@code ±HH:MM} (revision 2, §8). */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private LedgerTime() {
    }

    static String legacy(Instant instant, ZoneId zone) {
        return instant == null ? null : LEGACY.format(instant.atZone(zone));
    }

    /** {@code manualPointsAdjustmentDetails.createdOn} alone has no fraction (§7.5.2): {@code 2026-01-07 05:43:40}. */
    static String legacyToTheSecond(Instant instant, ZoneId zone) {
        return instant == null ? null : TO_THE_SECOND.format(instant.atZone(zone));
    }

    /** {@code text} in the server zone's ISO form if it is an ISO-8601 date-time with offset, e.g. an extended field. */
    static Optional<String> isoIfDateTime(String text, ZoneId zone) {
        if (text.length() < MINIMAL_DATE_TIME.length() || text.charAt(10) != 'T') {
            return Optional.empty(); // most values are not date-times: no exception thrown for them
        }
        try {
            return Optional.of(iso(OffsetDateTime.parse(text).toInstant(), zone));
        } catch (DateTimeParseException notADateTime) {
            return Optional.empty();
        }
    }

    static String iso(Instant instant, ZoneId zone) {
        return instant == null ? null : ISO.format(instant.atZone(zone));
    }

    /**
     * A promotion's first day in legacy form, as configured, with no zone conversion (§7.2, §8):
     * {@code 2025-11-01 00:00:00.0}.
     */
    static String promotionStart(LocalDate date) {
        return date == null ? null : LEGACY.format(date.atStartOfDay());
    }

    /** A promotion's last day, to its last second: {@code 2026-02-25 23:59:59.0} (ours: a date ends at 23:59:59). */
    static String promotionEnd(LocalDate date) {
        return date == null ? null : LEGACY.format(date.atTime(LocalTime.of(23, 59, 59)));
    }
}

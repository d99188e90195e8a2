package io.ledgerlens.adapter.web.explode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The contract's two renderings of an instant, both in the server's time zone
 * (§8): legacy {@code 2024-10-25 22:59:12.0} and ISO-8601 with its offset,
 * without fractions.
 */
final class LedgerTime {

    private static final DateTimeFormatter LEGACY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.S");
    /** A zero offset is {@code Z}, any other {@code ±HH:MM} (revision 2, §8). */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private LedgerTime() {
    }

    static String legacy(Instant instant, ZoneId zone) {
        return instant == null ? null : LEGACY.format(instant.atZone(zone));
    }

    static String iso(Instant instant, ZoneId zone) {
        return instant == null ? null : ISO.format(instant.atZone(zone));
    }

    /** Promotion dates are calendar dates, shown as {@code yyyy-MM-dd}. */
    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}

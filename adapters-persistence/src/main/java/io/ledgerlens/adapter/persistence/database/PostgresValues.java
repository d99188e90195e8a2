package io.ledgerlens.adapter.persistence.database;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Values as PostgreSQL stores them: what a row gives back is not always what was sent. Whoever keeps a copy of a
 * row's values (the events' documents, {@code EventDocument}) stores them so, to read back what the row reads.
 */
public final class PostgresValues {

    /** The scale of every amount and number of points in the ledger: {@code numeric(24, 6)}. */
    public static final int AMOUNT_SCALE = 6;

    private PostgresValues() {
    }

    /**
     * An instant as microseconds since the epoch, rounded to the nearest as PostgreSQL rounds a {@code timestamptz}.
     *
     * @param instant the instant
     * @return its microseconds since the epoch
     */
    public static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), (instant.getNano() + 500) / 1_000);
    }

    /**
     * An amount as a {@code numeric(24, 6)} column holds it: six decimals, rounded half away from zero as PostgreSQL
     * rounds numeric input.
     *
     * @param amount the amount
     * @return the stored amount
     */
    public static BigDecimal amount(BigDecimal amount) {
        return amount.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
    }
}

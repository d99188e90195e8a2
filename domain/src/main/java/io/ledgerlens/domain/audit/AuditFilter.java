package io.ledgerlens.domain.audit;

import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Which audit records an operator reads: of one org, of one action, since when; the newest {@code limit} of them.
 *
 * @param org only records of this org; empty for every org
 * @param action only records of this action; empty for every action
 * @param since only records made at or after this moment; empty for all time
 * @param limit how many of the newest matching records to read
 */
@ValueObject
public record AuditFilter(Optional<OrgId> org, Optional<AuditAction> action, Optional<Instant> since, int limit) {

    /** The most records one read returns. */
    public static final int MAX_LIMIT = 10_000;

    /**
     * Refuses a limit outside 1 to {@value #MAX_LIMIT}.
     *
     * @param org only records of this org; empty for every org
     * @param action only records of this action; empty for every action
     * @param since only records made at or after this moment; empty for all time
     * @param limit how many of the newest matching records to read
     */
    public AuditFilter {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(since, "since");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("an audit read takes 1 to " + MAX_LIMIT + " records");
        }
    }

    /**
     * Whether {@code record} is of the org, the action and the time this filter names (the limit aside).
     *
     * @param record a record of the log
     * @return true when the record passes every condition of this filter
     */
    public boolean admits(AuditRecord record) {
        return (org.isEmpty() || org.equals(record.org()))
                && (action.isEmpty() || action.get() == record.action())
                && (since.isEmpty() || !record.at().isBefore(since.get()));
    }

    /**
     * The newest {@code limit} records of every org and action.
     *
     * @param limit how many records, 1 to {@value #MAX_LIMIT}
     * @return a filter of every org and action, all time
     */
    public static AuditFilter newest(int limit) {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
}

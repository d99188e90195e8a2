package io.ledgerlens.domain.audit;

import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/** Which audit records an operator reads: of one org, of one action, since when; the newest {@code limit} of them. */
@ValueObject
public record AuditFilter(Optional<OrgId> org, Optional<AuditAction> action, Optional<Instant> since, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public AuditFilter {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(since, "since");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("an audit read takes 1 to " + MAX_LIMIT + " records");
        }
    }

    /** Whether {@code record} is of the org, the action and the time this filter names (the limit aside). */
    public boolean admits(AuditRecord record) {
        return (org.isEmpty() || org.equals(record.org()))
                && (action.isEmpty() || action.get() == record.action())
                && (since.isEmpty() || !record.at().isBefore(since.get()));
    }

    /** The newest {@code limit} records of every org and action. */
    public static AuditFilter newest(int limit) {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
}

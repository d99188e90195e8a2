package io.ledgerlens.application.port.out.access;

import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditRecord;
import java.util.List;

/**
 * The audit log, append-only: a record once written is never changed or
 * removed. The service appends; only the operator reads (the service's own
 * role may not, so no request can read the log).
 */
public interface AuditLogPort {

    /**
     * Appends {@code record}; throws {@link LedgerUnavailableException} when the store cannot take it.
     *
     * @param record what was done or refused, by whom, in which org, when
     */
    void record(AuditRecord record);

    /**
     * The records {@code filter} names, newest first: of every org unless it names one.
     *
     * @param filter which org and action, since when, and how many of the newest
     * @return at most the filter's limit of records; empty when none match
     */
    List<AuditRecord> newestFirst(AuditFilter filter);
}

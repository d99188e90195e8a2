package io.ledgerlens.application.port.in.access;

import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditRecord;
import java.util.List;

/** The operator reads the audit log: newest first, by org, action and time. */
public interface ReadAuditLogQuery {

    /**
     * The records that match {@code filter}, newest first.
     *
     * @param filter which org and action, since when, and how many of the newest
     * @return the matching records; empty when none match
     */
    List<AuditRecord> read(AuditFilter filter);
}

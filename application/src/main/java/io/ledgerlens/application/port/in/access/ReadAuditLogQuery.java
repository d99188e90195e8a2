package io.ledgerlens.application.port.in.access;

import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditRecord;
import java.util.List;

/** The operator reads the audit log: newest first, by org, action and time. */
public interface ReadAuditLogQuery {

    List<AuditRecord> read(AuditFilter filter);
}

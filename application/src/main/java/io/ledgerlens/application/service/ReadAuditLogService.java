package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.access.ReadAuditLogQuery;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditRecord;
import java.util.List;
import java.util.Objects;

/** Reads the audit log for the operator. */
public final class ReadAuditLogService implements ReadAuditLogQuery {

    private final AuditLogPort log;

    /**
     * A service that reads {@code log}.
     *
     * @param log the audit log, read with the operator's view of every org
     */
    public ReadAuditLogService(AuditLogPort log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public List<AuditRecord> read(AuditFilter filter) {
        return log.newestFirst(filter);
    }
}

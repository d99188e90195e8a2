package com.example.badhost;

import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditRecord;
import java.util.List;

/** Planted for HostArchitectureRulesCanFailTest: a store for AuditLogPort not named <Technology>AuditLog. */
public final class AuditTrail implements AuditLogPort {

    @Override
    public void record(AuditRecord record) {
    }

    @Override
    public List<AuditRecord> newestFirst(AuditFilter filter) {
        return List.of();
    }
}

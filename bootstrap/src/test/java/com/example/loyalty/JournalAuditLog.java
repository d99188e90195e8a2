package com.example.loyalty;

import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk's own store for one of LedgerLens's ports out: what LedgerLens audits (orgs created, settings changed)
 * goes into the desk's journal, here a list, with its other entries. Named as LedgerLens names its adapters,
 * {@code <Technology><Port>}, which {@code HostArchitectureRules} checks.
 */
final class JournalAuditLog implements AuditLogPort {

    private final List<AuditRecord> journal = new ArrayList<>();

    @Override
    public synchronized void record(AuditRecord record) {
        journal.add(record);
    }

    @Override
    public synchronized List<AuditRecord> newestFirst(AuditFilter filter) {
        var newest = new ArrayList<AuditRecord>();
        for (int i = journal.size() - 1; i >= 0 && newest.size() < filter.limit(); i--) {
            var record = journal.get(i);
            if (filter.admits(record)) {
                newest.add(record);
            }
        }
        return newest;
    }

    synchronized int size() {
        return journal.size();
    }
}

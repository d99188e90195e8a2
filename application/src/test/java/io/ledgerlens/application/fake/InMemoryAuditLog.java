package io.ledgerlens.application.fake;

import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;

/** The audit log in memory, held to the same contract as the jOOQ adapter; it can be switched off like a stopped database. */
public final class InMemoryAuditLog implements AuditLogPort {

    private final List<AuditRecord> records = new ArrayList<>();
    private boolean available = true;

    public synchronized void becomeUnavailable() {
        available = false;
    }

    @Override
    public synchronized void record(AuditRecord record) {
        if (!available) {
            throw new LedgerUnavailableException("the in-memory audit log was switched off", null);
        }
        records.add(record);
    }

    @Override
    public synchronized List<AuditRecord> newestFirst(AuditFilter filter) {
        var newest = new ArrayList<AuditRecord>();
        for (int i = records.size() - 1; i >= 0 && newest.size() < filter.limit(); i--) {
            var record = records.get(i);
            if (filter.admits(record)) {
                newest.add(record);
            }
        }
        return newest;
    }

    /** Everything recorded, oldest first: for tests. */
    public synchronized List<AuditRecord> all() {
        return List.copyOf(records);
    }
}

package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.AuditLogPortContract;
import io.ledgerlens.application.port.out.access.AuditLogPort;

class InMemoryAuditLogTest extends AuditLogPortContract {

    @Override
    protected AuditLogPort freshLog() {
        return new InMemoryAuditLog();
    }
}

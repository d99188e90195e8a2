package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.LedgerExportPortContract;
import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.domain.event.EventLogId;

class InMemoryLedgerExportTest extends LedgerExportPortContract {

    private final InMemoryLedger ledger = new InMemoryLedger();

    @Override
    protected LedgerPorts freshLedger() {
        return LedgerPorts.of(ledger);
    }

    @Override
    protected void unlinkBehindItsBack(EventLogId event) {
        ledger.unlink(event);
    }
}

package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.LedgerExportPortContract;
import io.ledgerlens.application.contract.LedgerPorts;

class InMemoryLedgerExportTest extends LedgerExportPortContract {

    @Override
    protected LedgerPorts freshLedger() {
        return LedgerPorts.of(new InMemoryLedger());
    }
}

package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.LedgerChainContract;
import io.ledgerlens.application.contract.LedgerPorts;

class InMemoryLedgerChainTest extends LedgerChainContract {

    @Override
    protected LedgerPorts freshLedger() {
        return LedgerPorts.of(new InMemoryLedger());
    }
}

package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LoadLedgerEventsPortContract;

/** The in-memory fake is held to the same contract as the jOOQ adapter. */
class InMemoryLoadLedgerEventsPortTest extends LoadLedgerEventsPortContract {

    @Override
    protected LedgerPorts freshLedger() {
        return LedgerPorts.of(new InMemoryLedger());
    }
}

package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LoadOrgPortContract;

/** The in-memory fake is held to the same contract as the jOOQ adapter. */
class InMemoryLoadOrgPortTest extends LoadOrgPortContract {

    @Override
    protected LedgerPorts freshLedger() {
        return LedgerPorts.of(new InMemoryLedger());
    }
}

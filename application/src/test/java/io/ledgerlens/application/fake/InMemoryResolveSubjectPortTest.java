package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.ResolveSubjectPortContract;

/** The in-memory fake is held to the same contract as the jOOQ adapter. */
class InMemoryResolveSubjectPortTest extends ResolveSubjectPortContract {

    @Override
    protected LedgerPorts freshLedger() {
        return LedgerPorts.of(new InMemoryLedger());
    }
}

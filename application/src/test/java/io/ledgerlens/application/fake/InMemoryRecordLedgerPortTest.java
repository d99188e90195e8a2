package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.RecordLedgerPortContract;

/** The in-memory fake is held to the same contract as the jOOQ adapter. */
class InMemoryRecordLedgerPortTest extends RecordLedgerPortContract {

    @Override
    protected LedgerPorts freshLedger() {
        return LedgerPorts.of(new InMemoryLedger());
    }
}

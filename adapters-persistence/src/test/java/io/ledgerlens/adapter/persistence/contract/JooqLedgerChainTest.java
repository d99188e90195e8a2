package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.application.contract.LedgerChainContract;
import io.ledgerlens.application.contract.LedgerPorts;

/** The chain as PostgreSQL keeps it (V16), held to the same contract as the in-memory ledger: 16 writers, one chain. */
class JooqLedgerChainTest extends LedgerChainContract {

    @Override
    protected LedgerPorts freshLedger() {
        return JooqLedger.onFreshDatabase();
    }
}

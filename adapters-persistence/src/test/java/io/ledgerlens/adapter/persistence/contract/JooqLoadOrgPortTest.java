package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LoadOrgPortContract;

/** The jOOQ adapters on a real PostgreSQL, held to the same contract as the in-memory fake. */
class JooqLoadOrgPortTest extends LoadOrgPortContract {

    @Override
    protected LedgerPorts freshLedger() {
        return JooqLedger.onFreshDatabase();
    }
}

package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.application.contract.LedgerExportPortContract;
import io.ledgerlens.application.contract.LedgerPorts;

/** The export's reads on PostgreSQL, through the service's role and one org's fence, held to the in-memory ledger's contract. */
class JooqLedgerExportTest extends LedgerExportPortContract {

    @Override
    protected LedgerPorts freshLedger() {
        return JooqLedger.onFreshDatabase();
    }
}

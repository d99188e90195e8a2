package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.adapter.persistence.explode.JooqLoadOrg;
import io.ledgerlens.adapter.persistence.explode.JooqResolveSubject;
import io.ledgerlens.adapter.persistence.recording.JooqRecordLedger;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.RegistryPorts;

/** The registration adapter and the read adapters over one fresh PostgreSQL database. */
final class JooqRegistry {

    private JooqRegistry() {
    }

    static RegistryPorts onFreshDatabase() {
        var ledger = PostgresDatabase.freshLedger();
        var store = PostgresDatabase.storeOn(ledger.service());
        return new RegistryPorts(new JooqRegistration(store), new JooqLoadOrg(store),
                new JooqResolveSubject(store), new JooqRecordLedger(store),
                JooqOrgTree.onOwner(ledger.owner()));
    }
}

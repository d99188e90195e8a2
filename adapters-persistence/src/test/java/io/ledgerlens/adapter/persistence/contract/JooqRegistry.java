package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.adapter.persistence.registration.OrgTreePersistenceAdapter;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.org.OrgPersistenceAdapter;
import io.ledgerlens.adapter.persistence.recording.LedgerRecordingAdapter;
import io.ledgerlens.adapter.persistence.registration.RegistrationPersistenceAdapter;
import io.ledgerlens.adapter.persistence.subject.SubjectPersistenceAdapter;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.RegistryPorts;

/** The registration adapter and the read adapters over one fresh PostgreSQL database. */
final class JooqRegistry {

    private JooqRegistry() {
    }

    static RegistryPorts onFreshDatabase() {
        var ledger = PostgresDatabase.freshLedger();
        var store = LedgerStore.on(ledger.service());
        return new RegistryPorts(new RegistrationPersistenceAdapter(store), new OrgPersistenceAdapter(store),
                new SubjectPersistenceAdapter(store), new LedgerRecordingAdapter(store),
                OrgTreePersistenceAdapter.onOwner(ledger.owner()));
    }
}

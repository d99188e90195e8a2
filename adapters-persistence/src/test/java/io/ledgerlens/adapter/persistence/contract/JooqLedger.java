package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.adapter.persistence.registration.OrgTreePersistenceAdapter;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.event.LedgerEventPersistenceAdapter;
import io.ledgerlens.adapter.persistence.org.OrgPersistenceAdapter;
import io.ledgerlens.adapter.persistence.recording.JooqLedgerChain;
import io.ledgerlens.adapter.persistence.recording.LedgerRecordingAdapter;
import io.ledgerlens.adapter.persistence.registration.RegistrationPersistenceAdapter;
import io.ledgerlens.adapter.persistence.subject.SubjectPersistenceAdapter;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerPorts;

/** Every jOOQ adapter over one fresh PostgreSQL database. */
public final class JooqLedger {

    private JooqLedger() {
    }

    static LedgerPorts onFreshDatabase() {
        return over(PostgresDatabase.freshLedger());
    }

    /** Every jOOQ adapter over {@code ledger}: the service's ports on its pool, the operator's org tree on the owner's. */
    public static LedgerPorts over(PostgresDatabase.Ledger ledger) {
        var store = LedgerStore.on(ledger.service());
        return new LedgerPorts(new OrgPersistenceAdapter(store), new SubjectPersistenceAdapter(store),
                new LedgerEventPersistenceAdapter(store), new LedgerRecordingAdapter(store), new RegistrationPersistenceAdapter(store),
                OrgTreePersistenceAdapter.onOwner(ledger.owner()), new JooqLedgerChain(LedgerStore.on(ledger.owner())));
    }
}

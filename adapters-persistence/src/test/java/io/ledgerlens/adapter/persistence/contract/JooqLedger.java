package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.event.LedgerEventPersistenceAdapter;
import io.ledgerlens.adapter.persistence.org.OrgPersistenceAdapter;
import io.ledgerlens.adapter.persistence.recording.LedgerRecordingAdapter;
import io.ledgerlens.adapter.persistence.subject.SubjectPersistenceAdapter;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerPorts;

/** Every jOOQ adapter over one fresh PostgreSQL database. */
final class JooqLedger {

    private JooqLedger() {
    }

    static LedgerPorts onFreshDatabase() {
        var store = LedgerStore.on(PostgresDatabase.freshDatabase());
        return new LedgerPorts(new OrgPersistenceAdapter(store), new SubjectPersistenceAdapter(store),
                new LedgerEventPersistenceAdapter(store), new LedgerRecordingAdapter(store));
    }
}

package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.adapter.persistence.explode.JooqLoadLedgerEvents;
import io.ledgerlens.adapter.persistence.explode.JooqLoadOrg;
import io.ledgerlens.adapter.persistence.explode.JooqResolveSubject;
import io.ledgerlens.adapter.persistence.export.JooqLedgerExport;
import io.ledgerlens.adapter.persistence.recording.JooqLedgerChain;
import io.ledgerlens.adapter.persistence.recording.JooqRecordLedger;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerPorts;

/** Every jOOQ adapter over one fresh PostgreSQL database. */
public final class JooqLedger {

    private JooqLedger() {
    }

    static LedgerPorts onFreshDatabase() {
        return over(PostgresDatabase.freshLedger());
    }

    /** Every jOOQ adapter over {@code ledger}: the service's ports on its pool, the operator's org tree and chain on the owner's. */
    public static LedgerPorts over(PostgresDatabase.Ledger ledger) {
        var store = PostgresDatabase.storeOn(ledger.service());
        return new LedgerPorts(new JooqLoadOrg(store), new JooqResolveSubject(store),
                new JooqLoadLedgerEvents(store), new JooqRecordLedger(store), new JooqRegistration(store),
                JooqOrgTree.onOwner(ledger.owner()), new JooqLedgerChain(PostgresDatabase.storeOn(ledger.owner())),
                new JooqLedgerExport(store));
    }
}

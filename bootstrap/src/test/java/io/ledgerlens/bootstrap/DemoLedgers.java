package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.bootstrap.database.LedgerDatabase;
import io.ledgerlens.bootstrap.demo.DemoDataset;

/** The whole service over a fresh PostgreSQL database holding the demo, for end-to-end tests. */
public final class DemoLedgers {

    private DemoLedgers() {
    }

    /** Wired and migrated, the demo loaded, acting for the demo retailer; not listening until started. */
    public static LedgerLensService fresh() {
        var ledger = PostgresDatabase.freshLedger();
        var service = LedgerLensService.on(LedgerDatabase.over(ledger.service(), ledger.owner(), "test database"),
                DemoDataset.RETAILER);
        DemoDataset.load(service.recorder());
        return service;
    }
}

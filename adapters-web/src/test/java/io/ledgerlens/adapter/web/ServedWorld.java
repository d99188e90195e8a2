package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.fake.InMemoryLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The recorded world of the contract suites, in memory, served over real HTTP
 * for each test, acting for its parent org (100).
 */
abstract class ServedWorld {

    protected InMemoryLedger ledger;
    protected LedgerWorld world;
    protected RunningWebApp web;

    @BeforeEach
    void serveTheWorld() {
        ledger = new InMemoryLedger();
        world = LedgerWorld.recordedThrough(LedgerPorts.of(ledger));
        web = RunningWebApp.over(ledger, PARENT);
    }

    @AfterEach
    void stopServing() {
        web.close();
    }
}

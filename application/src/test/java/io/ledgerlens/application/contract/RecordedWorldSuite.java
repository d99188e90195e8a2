package io.ledgerlens.application.contract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A contract suite that reads the {@link LedgerWorld}: the world is recorded
 * once, through the implementation under test, into a fresh ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecordedWorldSuite {

    protected LedgerPorts ports;
    protected LedgerWorld world;

    /** A fresh, empty ledger for this suite. */
    protected abstract LedgerPorts freshLedger();

    @BeforeAll
    void recordTheWorld() {
        ports = freshLedger();
        world = LedgerWorld.recordedThrough(ports);
    }
}

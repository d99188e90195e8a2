package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.adapter.persistence.testing.PastTheLedgerGuards;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerExportPortContract;
import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.domain.event.EventLogId;
import java.sql.SQLException;

/** The export's reads on PostgreSQL, through the service's role and one org's fence, held to the in-memory ledger's contract. */
class JooqLedgerExportTest extends LedgerExportPortContract {

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();

    @Override
    protected LedgerPorts freshLedger() {
        return JooqLedger.over(ledger);
    }

    /** As the owner with the append-only triggers off: a link no session of the service can remove. */
    @Override
    protected void unlinkBehindItsBack(EventLogId event) {
        try {
            PastTheLedgerGuards.execute(ledger.owner(), "delete from ledger_chain where event_log_id = " + event.value());
        } catch (SQLException failed) {
            throw new IllegalStateException("could not unlink event " + event, failed);
        }
    }
}

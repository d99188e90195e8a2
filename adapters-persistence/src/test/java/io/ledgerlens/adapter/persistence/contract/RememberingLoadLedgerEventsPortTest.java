package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.explode.JooqLoadCustomerEvents;
import io.ledgerlens.adapter.persistence.explode.JooqLoadLedgerEvents;
import io.ledgerlens.adapter.persistence.explode.RememberedReferenceData;
import io.ledgerlens.adapter.persistence.testing.Eventually;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LoadLedgerEventsPortContract;
import io.ledgerlens.application.port.out.explode.LoadCustomerEventsPort;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/**
 * The jOOQ adapters as the service runs them, the reference data that allocations name remembered between reads
 * (and read by id in the event statement), held to the same contract: every answer the same as with the names
 * joined.
 */
class RememberingLoadLedgerEventsPortTest extends LoadLedgerEventsPortContract {

    private ChangeNotices notices;
    private LoadCustomerEventsPort customerEvents;

    @Override
    protected LedgerPorts freshLedger() {
        var database = PostgresDatabase.freshLedger();
        notices = ChangeNotices.listeningOn(database.owner());
        Eventually.within(Duration.ofSeconds(2), "the instance listens", notices::isListening);
        var store = PostgresDatabase.storeOn(database.service());
        var references = new RememberedReferenceData(store, notices);
        customerEvents = new JooqLoadCustomerEvents(store, references);
        var joined = JooqLedger.over(database);
        return new LedgerPorts(joined.orgs(), joined.subjects(), new JooqLoadLedgerEvents(store, references),
                joined.recorder(), joined.registration(), joined.tree(), joined.chain(), joined.export());
    }

    @Override
    protected LoadCustomerEventsPort customerEvents() {
        return customerEvents;
    }

    @AfterAll
    void stopListening() {
        notices.close();
    }
}

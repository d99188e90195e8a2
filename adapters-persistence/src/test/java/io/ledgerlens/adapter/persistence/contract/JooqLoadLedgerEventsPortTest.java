package io.ledgerlens.adapter.persistence.contract;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.explode.JooqLoadCustomerEvents;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LoadLedgerEventsPortContract;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.LoadCustomerEventsPort;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.explode.EventSelector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The jOOQ adapters on a real PostgreSQL, held to the same contract as the in-memory fake. */
class JooqLoadLedgerEventsPortTest extends LoadLedgerEventsPortContract {

    private static final EventSections NOTHING_OPTIONAL = new EventSections(false, Set.of(), false, false, false);

    private PostgresDatabase.Ledger database;
    private LoadCustomerEventsPort customerEvents;

    @Override
    protected LedgerPorts freshLedger() {
        database = PostgresDatabase.freshLedger();
        customerEvents = null;
        return JooqLedger.over(database);
    }

    /** Ours finds a customer with her events in one statement. */
    @Override
    protected LoadCustomerEventsPort customerEvents() {
        if (customerEvents == null) {
            customerEvents = new JooqLoadCustomerEvents(PostgresDatabase.storeOn(database.service()));
        }
        return customerEvents;
    }

    /** Ours, beyond the contract (which lets a store load more): a bare explode's statement really reads less. */
    @Test
    void a_bare_lookup_leaves_out_the_line_items_fields_modes_and_tiers_of_a_purchase() {
        var recorded = world.recorded(world.purchase);
        assertThat(recorded.bill().orElseThrow().lineItems()).isNotEmpty();
        assertThat(recorded.customFields()).isNotEmpty();
        var loaded = ports.events().load(new EventLookup(List.of(new LedgerOwner(PARENT, EventSubject.customer(ASHA))),
                new EventSelector.ByEventIds(List.of(world.purchase)), NOTHING_OPTIONAL)).get(0);
        assertThat(loaded.bill()).map(Bill::billNumber).contains(recorded.bill().orElseThrow().billNumber());
        assertThat(loaded.bill().orElseThrow().lineItems()).isEmpty();
        assertThat(loaded.bill().orElseThrow().allocations()).isEmpty();
        assertThat(loaded.customFields()).isEmpty();
        assertThat(loaded.extendedFields()).isEmpty();
        assertThat(loaded.paymentModes()).isEmpty();
        assertThat(loaded.pointInTimeSlabs()).isEmpty();
    }

    @Test
    void a_redemption_brings_its_custom_fields_when_its_kind_is_named() {
        var redemption = world.everyKind.get(EventName.POINTS_REDEMPTION);
        var sections = new EventSections(false, Set.of(EventName.POINTS_REDEMPTION), false, false, false);
        var loaded = ports.events().load(new EventLookup(List.of(new LedgerOwner(PARENT, EventSubject.customer(ASHA))),
                new EventSelector.ByEventIds(List.of(redemption)), sections)).get(0);
        assertThat(loaded.customFields()).isNotEmpty().isEqualTo(world.recorded(redemption).customFields());
    }
}

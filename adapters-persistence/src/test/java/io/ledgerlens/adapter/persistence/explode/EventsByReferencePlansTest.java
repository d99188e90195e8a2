package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.recording.JooqRecordLedger;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.ExecutedPlans;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.ReferenceLookup;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.explode.Page;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A page of events by reference is read through the owners' index on a small ledger too. On its generic plan, which
 * cannot see that the request names one customer and ten references, the statement read the org's every event of the
 * name, or scanned the whole of {@code ledger_event} (for the page, and again for the references that matched), on
 * ledgers of up to some tens of thousands of events. Now each owner's events are read by the owner's index, once.
 */
class EventsByReferencePlansTest {

    private static final OrgId ORG = OrgId.of(74);
    private static final int CUSTOMERS = 40;
    private static final int PURCHASES_EACH = 75;

    @Test
    void on_a_ledger_of_three_thousand_events_a_customers_ten_references_are_read_without_scanning_the_ledger() {
        assumeTrue(PostgresDatabase.kind() == DatabaseKind.POSTGRESQL, "Citus plans each statement for its values");
        var ledger = PostgresDatabase.freshLedger();
        var recorder = new JooqRecordLedger(PostgresDatabase.storeOn(ledger.service()));
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(ORG, "Small", ZoneId.of("UTC"), true));
        var subjects = new Subjects(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())));
        var ids = recorder.nextEventLogIds(CUSTOMERS * PURCHASES_EACH);
        var purchases = new ArrayList<LedgerEvent>();
        for (int customer = 0; customer < CUSTOMERS; customer++) {
            var id = CustomerId.of(7400 + customer);
            subjects.register(Customer.register(id, ORG, "Small", "Ledger", List.of()));
            for (int purchase = 0; purchase < PURCHASES_EACH; purchase++) {
                var bill = "B-" + customer + "-" + purchase;
                purchases.add(LedgerEventBuilder.aTransactionAdd().id(ids.get(purchases.size()).value()).org(ORG)
                        .subject(EventSubject.customer(id)).uniqueId(bill).referenceId(bill)
                        .bill(aBill().number(bill).lineItems(aLineItem(1)).allocations(regular("1.0"))).build());
            }
        }
        new EventAppends(recorder).appendAll(purchases);
        PostgresDatabase.storeOn(ledger.owner()).write(TenantFence.none(), dsl -> dsl.execute("analyze"));

        var plans = new ExecutedPlans();
        var events = new JooqLoadLedgerEvents(PostgresDatabase.storeOn(plans.explaining(ledger.owner())));
        var references = IntStream.range(0, 10).mapToObj(purchase -> "B-7-" + purchase).toList();
        var page = new ArrayList<LedgerEvent>();
        var ran = plans.during(() -> page.addAll(events.loadPage(new ReferenceLookup(
                List.of(new LedgerOwner(ORG, EventSubject.customer(CustomerId.of(7407)))),
                new EventSelector.ByReferences(EventName.TRANSACTION_ADD, references), new Page(0, 10))).page()));

        assertThat(page).extracting(LedgerEvent::referenceId).containsExactlyElementsOf(references);
        assertThat(ran).filteredOn(plan -> plan.contains("ledger_event"))
                .isNotEmpty()
                .allSatisfy(plan -> assertThat(plan).doesNotContain("Seq Scan on ledger_event"));
    }
}

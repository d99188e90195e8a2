package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.domain.testdata.Allocations.promised;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.application.port.out.recording.AppendOutcome;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.application.service.RecordLedgerEventService;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A batch of events costs a number of round trips that does not grow with the batch. */
class BatchAppendRoundTripsTest {

    private static final OrgId ORG = OrgId.of(71);
    private static final CustomerId CUSTOMER = CustomerId.of(7101);

    private final StatementCounter counter = new StatementCounter();
    private JooqRecordLedger recorder;

    /** A fresh ledger with the org and its customer, whose every round trip the counter sees. */
    @BeforeEach
    void openALedgerWithOneCustomer() {
        var ledger = PostgresDatabase.freshLedger();
        recorder = new JooqRecordLedger(PostgresDatabase.storeOn(counter.counting(ledger.service())));
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(ORG, "Batches", ZoneId.of("UTC"), true));
        new Subjects(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())))
                .register(Customer.register(CUSTOMER, ORG, "B", "A", List.of()));
    }

    @Test
    void a_batch_of_purchases_is_written_in_a_fixed_number_of_round_trips() {
        var appends = new EventAppends(recorder);
        var small = purchases(10, "small");
        var large = purchases(200, "large");
        assertThat(counter.countDuring(() -> appends.appendAll(small))).as("10 events")
                .isEqualTo(counter.countDuring(() -> appends.appendAll(large)));
    }

    @Test
    void a_single_purchase_is_written_in_four_round_trips() {
        var purchase = purchases(1, "single");
        var trips = counter.sentDuring(() -> new EventAppends(recorder).appendAll(purchase));
        // The fence; the unique id's lock and read with the customer's; the event, its parts, its reference data and
        // the chain's head under its lock; the link.
        assertThat(trips).as(String.join("\n", trips)).hasSize(4);
        assertThat(trips.get(1)).contains("pg_advisory_xact_lock", "unique_id = any", "from customer");
        assertThat(trips.get(2)).contains("insert into ledger_event", "insert into bill", "insert into line_item",
                "insert into points_allocation", "insert into program", "pg_advisory_xact_lock", "from ledger_chain");
        assertThat(trips.get(3)).startsWith("insert into ledger_chain");
    }

    @Test
    void a_return_is_checked_against_its_bill_in_the_same_round_trip_as_its_unique_id_and_customer() {
        var appends = new EventAppends(recorder);
        appends.appendAll(purchases(1, "bought"));
        var giveBack = LedgerEventBuilder.anEvent(EventName.RETURN_BILL).id(recorder.nextEventLogId().value()).org(ORG)
                .subject(EventSubject.customer(CUSTOMER)).uniqueId("return-1").referenceId("R-1")
                .bill(aBill().number("R-1").returning("bought0").allocations()).build();
        var trips = counter.sentDuring(() -> assertThat(appends.append(giveBack)).isInstanceOf(AppendOutcome.Appended.class));
        assertThat(trips).as(String.join("\n", trips)).hasSize(4);
        assertThat(trips.get(1)).contains("unique_id = any", "from customer", "b.return_bill_id = n.bill_number");
    }

    @Test
    void a_single_event_recorded_by_the_service_is_four_round_trips_its_id_from_memory_and_its_customer_checked_inside() {
        var service = new RecordLedgerEventService(recorder);
        var subject = EventSubject.customer(CUSTOMER);
        service.record(ORG, new EventDraft(ORG, subject, id -> goodwill(id, "first")));
        var trips = counter.sentDuring(() -> assertThat(service.record(ORG, new EventDraft(ORG, subject,
                id -> goodwill(id, "second")))).isInstanceOf(RecordOutcome.Recorded.class));
        assertThat(trips).as(String.join("\n", trips)).hasSize(4).noneMatch(sql -> sql.contains("nextval"));
        assertThat(trips.get(1)).contains("unique_id = any", "from customer");
    }

    private static LedgerEvent goodwill(io.ledgerlens.domain.event.EventLogId id, String uniqueId) {
        return LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(ORG).subject(EventSubject.customer(CUSTOMER))
                .uniqueId(uniqueId).build();
    }

    private List<LedgerEvent> purchases(int count, String prefix) {
        var ids = recorder.nextEventLogIds(count);
        var events = new ArrayList<LedgerEvent>();
        for (int i = 0; i < count; i++) {
            events.add(LedgerEventBuilder.aTransactionAdd().id(ids.get(i).value()).org(ORG)
                    .subject(EventSubject.customer(CUSTOMER)).uniqueId(prefix + i).referenceId(prefix + i)
                    .bill(aBill().number(prefix + i).lineItems(aLineItem(1, regular("1.0"), promised("2.0")), aLineItem(2))
                            .allocations(regular("3.0")))
                    .customField("f", "v").paidBy("CASH", "1.0").slab(1, "BASE", 2649, true)
                    .build());
        }
        return events;
    }
}

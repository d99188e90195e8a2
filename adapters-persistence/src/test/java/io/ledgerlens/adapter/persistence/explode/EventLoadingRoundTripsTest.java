package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.domain.testdata.Allocations.promised;
import static io.ledgerlens.domain.testdata.Allocations.promo;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.Allocations.regularIn;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.recording.JooqRecordLedger;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.ReferenceLookup;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.explode.Page;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Loading events costs one statement, however many events, line items and
 * allocations are asked for: the nested MULTISETs are read in one round trip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventLoadingRoundTripsTest {

    private static final OrgId ORG = OrgId.of(61);
    private static final LedgerOwner OWNER = new LedgerOwner(ORG, EventSubject.customer(CustomerId.of(6101)));

    private final StatementCounter counter = new StatementCounter();
    private JooqLoadLedgerEvents events;
    private final List<EventLogId> small = new ArrayList<>();
    private final List<EventLogId> large = new ArrayList<>();

    @BeforeAll
    void recordEventsOfEverySize() {
        var ledger = PostgresDatabase.freshLedger();
        var dataSource = ledger.service();
        var recorder = new JooqRecordLedger(PostgresDatabase.storeOn(dataSource));
        events = new JooqLoadLedgerEvents(PostgresDatabase.storeOn(counter.counting(dataSource)));
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(ORG, "Counting", ZoneId.of("UTC"), true));
        new Subjects(new JooqRegistration(PostgresDatabase.storeOn(dataSource)))
                .register(Customer.register(CustomerId.of(6101), ORG, "Count", "Me", List.of()));
        var appends = new EventAppends(recorder);
        long lineIds = 610_000;
        for (int event = 0; event < 50; event++) {
            int lines = event == 0 ? 1 : 20;
            var lineItems = new ArrayList<LineItem>();
            for (int line = 0; line < lines; line++) {
                lineItems.add(aLineItem(lineIds++, regular("1.5"), promised("2.0"), regularIn(Allocations.STARS, "1.0")));
            }
            var id = recorder.nextEventLogId();
            appends.append(LedgerEventBuilder.aTransactionAdd().id(id.value()).org(ORG).subject(OWNER.subject())
                    .uniqueId("u-" + event).referenceId("B-" + event)
                    .bill(aBill().number("B-" + event).lineItems(lineItems.toArray(LineItem[]::new))
                            .allocations(regular("10.0"), promo("3.0")))
                    .customField("f", "v").paidBy("CASH", "1.0").slab(1, "BASE", 2649, true)
                    .build());
            (event == 0 ? small : large).add(id);
        }
    }

    private int statementsToLoad(List<EventLogId> ids) {
        var loaded = new ArrayList<LedgerEvent>();
        int statements = counter.countDuring(() ->
                loaded.addAll(events.load(new EventLookup(List.of(OWNER), new EventSelector.ByEventIds(ids)))));
        assertThat(loaded).hasSize(ids.size());
        return statements;
    }

    @Test
    void one_event_with_one_line_item_takes_one_statement() {
        assertThat(statementsToLoad(small)).isEqualTo(1);
    }

    @Test
    void forty_nine_events_of_twenty_line_items_and_sixty_allocations_each_still_take_one_statement() {
        assertThat(statementsToLoad(large)).isEqualTo(1);
        var loaded = events.load(new EventLookup(List.of(OWNER), new EventSelector.ByEventIds(large)));
        assertThat(loaded).allSatisfy(event -> {
            assertThat(event.bill().orElseThrow().lineItems()).hasSize(20);
            assertThat(event.allAllocations()).hasSize(2 + 20 * 3);
        });
    }

    @Test
    void events_by_reference_take_one_statement_too() {
        var references = IntStream.range(1, 11).mapToObj(i -> "B-" + i).toList();
        int statements = counter.countDuring(() -> assertThat(events.loadPage(new ReferenceLookup(List.of(OWNER),
                new EventSelector.ByReferences(io.ledgerlens.domain.event.EventName.TRANSACTION_ADD, references),
                new Page(0, 100))).page())
                .hasSize(10));
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void a_page_by_reference_reads_the_rows_of_its_page_only() {
        var references = IntStream.range(1, 11).mapToObj(i -> "B-" + i).toList();
        var loaded = new ArrayList<LedgerEvent>();
        var trips = counter.tripsDuring(() -> loaded.addAll(events.loadPage(new ReferenceLookup(List.of(OWNER),
                new EventSelector.ByReferences(io.ledgerlens.domain.event.EventName.TRANSACTION_ADD, references),
                new Page(2, 3))).page()));
        assertThat(loaded).extracting(LedgerEvent::referenceId).containsExactly("B-7", "B-8", "B-9");
        assertThat(trips).singleElement().extracting(StatementCounter.Trip::rows).isEqualTo(3);
    }
}

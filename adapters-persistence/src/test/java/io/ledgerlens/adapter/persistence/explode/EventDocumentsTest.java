package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.contract.JooqLedger;
import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.testing.Eventually;
import io.ledgerlens.adapter.persistence.testing.PastTheLedgerGuards;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.port.out.explode.CustomerEventLookup;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.ReferenceLookup;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.explode.Page;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event's document (V24) reads back exactly as its rows do: every kind of event of the contract's world, through
 * every statement that reads events (by ids, by references, a customer with her events), for every shape of sections;
 * and an event without a document (recorded before V24) is read from its rows, next to events read from theirs.
 */
class EventDocumentsTest {

    private static final Set<EventName> NO_KIND = Set.of();

    /** Each shape a request can ask for: every section, none, and each alone. */
    private static final List<EventSections> SHAPES = List.of(
            EventSections.all(),
            new EventSections(false, NO_KIND, false, false, false),
            new EventSections(true, NO_KIND, false, false, false),
            new EventSections(false, EnumSet.allOf(EventName.class), false, false, false),
            new EventSections(false, Set.of(EventName.TRANSACTION_ADD), false, false, false),
            new EventSections(false, NO_KIND, true, false, false),
            new EventSections(false, NO_KIND, false, true, false),
            new EventSections(false, NO_KIND, false, false, true));

    private PostgresDatabase.Ledger database;
    private ChangeNotices notices;
    private LedgerWorld world;
    private JooqLoadLedgerEvents events;
    private JooqLoadCustomerEvents customerEvents;
    private final StatementCounter statements = new StatementCounter();

    @BeforeEach
    void recordTheWorld() {
        database = PostgresDatabase.freshLedger();
        notices = ChangeNotices.listeningOn(database.owner());
        Eventually.within(Duration.ofSeconds(2), "the instance listens", notices::isListening);
        var store = PostgresDatabase.storeOn(statements.counting(database.service()));
        var references = new RememberedReferenceData(store, notices);
        events = new JooqLoadLedgerEvents(store, references);
        customerEvents = new JooqLoadCustomerEvents(store, references);
        world = LedgerWorld.recordedThrough(JooqLedger.over(database));
    }

    @AfterEach
    void stopListening() {
        notices.close();
    }

    @Test
    void every_event_is_appended_with_its_document() throws SQLException {
        var everyKindButDelayedAccrual = EnumSet.complementOf(EnumSet.of(EventName.DELAYED_ACCRUAL));
        assertThat(world.everyRecorded().values().stream().map(LedgerEvent::name).distinct())
                .as("every kind the contract's world records").containsExactlyInAnyOrderElementsOf(everyKindButDelayedAccrual);
        assertThat(count(database.owner(), "event_sections")).isEqualTo(count(database.owner(), "ledger_event"))
                .isEqualTo(world.everyRecorded().size());
    }

    @Test
    void an_event_reads_the_same_from_its_document_as_from_its_rows() throws SQLException {
        var fromDocuments = everyReadOfEveryShape();
        assertThat(fromDocuments.get(EventSections.all()).byIds()).hasSize(world.everyRecorded().size());
        assertSameReads(everyReadOfEveryShape(), fromDocuments);

        var sorted = world.everyRecorded().keySet().stream().sorted(Comparator.comparing(EventLogId::value)).toList();
        var everyOther = new ArrayList<EventLogId>();
        for (int i = 0; i < sorted.size(); i += 2) {
            everyOther.add(sorted.get(i));
        }
        removeDocumentsOf(everyOther);
        assertSameReads(everyReadOfEveryShape(), fromDocuments);

        removeDocumentsOf(sorted);
        assertThat(count(database.owner(), "event_sections")).isZero();
        assertSameReads(everyReadOfEveryShape(), fromDocuments);
    }

    @Test
    void documented_events_are_read_from_their_documents_alone_and_the_others_from_their_rows() throws SQLException {
        var asha = new LedgerOwner(PARENT, EventSubject.customer(ASHA));
        var hers = world.everyRecorded().values().stream()
                .filter(event -> new LedgerOwner(event.orgId(), event.subject()).equals(asha)).map(LedgerEvent::id).toList();
        var every = new EventLookup(List.of(asha), new EventSelector.ByEventIds(hers), EventSections.all());
        events.load(every); // the reference data's names, read once and then remembered

        var documented = statements.sentDuring(() -> assertThat(events.load(every)).isNotEmpty());
        removeDocumentsOf(List.copyOf(world.everyRecorded().keySet()));
        var undocumented = statements.sentDuring(() -> assertThat(events.load(every)).isNotEmpty());

        assertThat(documented).as("documents: one statement, reading no section's table")
                .singleElement().satisfies(sql -> assertThat(sql).contains("event_sections").doesNotContain("custom_field"));
        assertThat(undocumented).as("without documents: the events' rows read again by their ids").hasSize(2)
                .last().satisfies(sql -> assertThat(sql).contains("custom_field"));
    }

    @Test
    void the_documents_of_events_recorded_before_them_are_written_from_their_rows() throws SQLException {
        var fromDocuments = everyReadOfEveryShape();
        removeDocumentsOf(List.copyOf(world.everyRecorded().keySet()));
        var backfill = new EventDocumentBackfill(PostgresDatabase.storeOn(database.owner()));
        assertThat(backfill.eventsWithoutDocument()).isEqualTo(world.everyRecorded().size());

        assertThat(backfill.run(() -> false)).isEqualTo(world.everyRecorded().size());

        assertThat(backfill.eventsWithoutDocument()).isZero();
        assertThat(count(database.owner(), "event_sections")).isEqualTo(world.everyRecorded().size());
        assertSameReads(everyReadOfEveryShape(), fromDocuments);
        assertThat(backfill.run(() -> false)).as("a second pass finds nothing to do").isZero();
    }

    /** Event by event, so that a difference names its shape, statement and event. */
    private static void assertSameReads(Map<EventSections, Reads> actual, Map<EventSections, Reads> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((sections, reads) -> {
            var read = actual.get(sections);
            assertSameEvents(read.byIds(), reads.byIds(), sections + " by ids");
            assertSameEvents(read.byReferences(), reads.byReferences(), sections + " by references");
            assertSameEvents(read.ofCustomer(), reads.ofCustomer(), sections + " of a customer");
        });
    }

    private static void assertSameEvents(List<LedgerEvent> actual, List<LedgerEvent> expected, String read) {
        assertThat(actual).as(read).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as(read + ", event " + expected.get(i).id() + " (" + expected.get(i).name() + ")")
                    .usingRecursiveComparison().isEqualTo(expected.get(i));
        }
    }

    /** What one shape of sections reads of the world, by each statement that reads events. */
    private record Reads(List<LedgerEvent> byIds, List<LedgerEvent> byReferences, List<LedgerEvent> ofCustomer) {
    }

    private Map<EventSections, Reads> everyReadOfEveryShape() {
        var reads = new LinkedHashMap<EventSections, Reads>();
        var byOwner = world.everyRecorded().values().stream().collect(Collectors.groupingBy(
                event -> new LedgerOwner(event.orgId(), event.subject()), LinkedHashMap::new,
                Collectors.mapping(LedgerEvent::id, Collectors.toList())));
        for (var sections : SHAPES) {
            var byIds = new ArrayList<LedgerEvent>();
            var byReferences = new ArrayList<LedgerEvent>();
            byOwner.forEach((owner, ids) -> {
                byIds.addAll(events.load(new EventLookup(List.of(owner), new EventSelector.ByEventIds(ids), sections)));
                world.everyRecorded().values().stream()
                        .filter(event -> ids.contains(event.id()) && event.referenceId() != null)
                        .filter(event -> event.name().hasExplodeDetail())
                        .forEach(event -> byReferences.addAll(events.loadPage(new ReferenceLookup(List.of(owner),
                                new EventSelector.ByReferences(event.name(), List.of(event.referenceId())),
                                new Page(0, 100), sections)).page()));
            });
            var mobile = new SubjectIdentifier(IdentifierName.MOBILE, MOBILE, Source.INSTORE, Optional.empty());
            var ofCustomer = customerEvents.load(new CustomerEventLookup(List.of(PARENT), mobile,
                    new EventSelector.ByEventIds(List.copyOf(world.everyRecorded().keySet())), sections)).events();
            assertThat(ofCustomer).as("the customer's events").isNotEmpty();
            reads.put(sections, new Reads(byIds, byReferences, ofCustomer));
        }
        return reads;
    }

    /** As the owner, past the append-only guard: what a ledger recorded before V24 looks like. */
    private void removeDocumentsOf(List<EventLogId> ids) throws SQLException {
        PastTheLedgerGuards.execute(database.owner(), "delete from event_sections where event_log_id in ("
                + ids.stream().map(id -> Long.toString(id.value())).collect(Collectors.joining(", ")) + ")");
    }

    private static long count(DataSource owner, String table) throws SQLException {
        try (var connection = owner.getConnection();
             var rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGERS_CUSTOMER;
import static io.ledgerlens.application.contract.LedgerWorld.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.export.ExportOutcome;
import io.ledgerlens.application.port.in.export.LedgerExport;
import io.ledgerlens.application.port.out.export.PlacedEvent;
import io.ledgerlens.application.port.out.export.RecordedPlace;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An export reads an org's ledger a page at a time, up to the last event recorded when it began. */
class ExportLedgerServiceTest {

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final EventAppends appends = new EventAppends(ledger);
    private final LedgerWorld world = LedgerWorld.recordedThrough(LedgerPorts.of(ledger));
    private final AtomicInteger eventPagesRead = new AtomicInteger();
    private final ExportLedgerService service = new ExportLedgerService(new CountingEventPages(ledger, eventPagesRead));

    private LedgerEvent goodwill(String uniqueId) {
        return goodwill(ledger.nextEventLogId(), uniqueId);
    }

    private LedgerEvent goodwill(EventLogId id, String uniqueId) {
        return LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(STRANGER)
                .subject(EventSubject.customer(STRANGERS_CUSTOMER)).uniqueId(uniqueId).withoutAllocations()
                .allocations(Allocations.regular("1.0")).build();
    }

    private LedgerExport exportOf(OrgId org, long since) {
        return service.export(org, since).fold(unknown -> {
            throw new AssertionError("org " + unknown + " is registered");
        }, unknown -> {
            throw new AssertionError("event " + unknown + " is the org's");
        }, ready -> ready);
    }

    @Test
    void an_unknown_org_has_no_export() {
        Object outcome = service.export(UNKNOWN, 0).fold(unknown -> unknown, event -> event, ready -> ready);
        assertThat(outcome).isEqualTo(UNKNOWN);
    }

    @Test
    void an_export_since_an_event_the_org_did_not_record_is_refused_rather_than_guessed() {
        assertThat(service.export(STRANGER, world.purchase.value()))
                .isEqualTo(new ExportOutcome.UnknownEvent(STRANGER, world.purchase));
        assertThat(service.export(STRANGER, 987_654_321))
                .isEqualTo(new ExportOutcome.UnknownEvent(STRANGER, EventLogId.of(987_654_321)));
        assertThat(service.resume(STRANGER, world.strangersPurchase.value(), world.purchase.value()))
                .isEqualTo(new ExportOutcome.UnknownEvent(STRANGER, world.purchase));
    }

    @Test
    void an_event_that_commits_after_one_with_a_higher_id_is_in_the_next_export_since_the_last_ones_end() {
        var lowerId = ledger.nextEventLogId();
        var higherId = ledger.nextEventLogId();
        appends.append(goodwill(higherId, "higher-id-first"));
        var export = exportOf(STRANGER, 0);
        assertThat(export.upToEventId()).isEqualTo(higherId.value());
        appends.append(goodwill(lowerId, "lower-id-late"));
        assertThat(export.events().map(LedgerEvent::uniqueId).toList()).containsExactly("u-purchase", "higher-id-first");
        var next = exportOf(STRANGER, export.upToEventId());
        assertThat(next.events().map(LedgerEvent::uniqueId).toList()).as("not lost for its lower id").containsExactly("lower-id-late");
        assertThat(next.eventCount()).isEqualTo(1);
        assertThat(next.upToEventId()).isEqualTo(lowerId.value());
    }

    @Test
    void an_export_since_the_latest_event_gives_none() {
        var export = exportOf(STRANGER, world.strangersPurchase.value());
        assertThat(export.eventCount()).isZero();
        assertThat(export.events()).isEmpty();
        assertThat(export.upToEventId()).isEqualTo(world.strangersPurchase.value());
    }

    @Test
    void two_and_a_half_thousand_events_are_read_in_three_pages_each_once_in_order_and_only_as_they_are_consumed() {
        var appended = new ArrayList<LedgerEvent>();
        for (int i = 0; i < 2_500; i++) {
            appended.add(goodwill("g-" + i));
        }
        appends.appendAll(appended);
        var export = exportOf(STRANGER, 0);
        assertThat(export.eventCount()).isEqualTo(2_501);
        assertThat(eventPagesRead).as("nothing is read before the events are consumed").hasValue(0);
        assertThat(export.events().limit(10).count()).isEqualTo(10);
        assertThat(eventPagesRead).as("ten events take the first page only").hasValue(1);
        eventPagesRead.set(0);
        var ids = export.events().map(event -> event.id().value()).toList();
        assertThat(ids).hasSize(2_501).isSorted().doesNotHaveDuplicates();
        assertThat(eventPagesRead).hasValue(3);
    }

    @Test
    void events_recorded_after_the_export_began_are_left_for_the_next_one() {
        var export = exportOf(STRANGER, 0);
        appends.append(goodwill("late"));
        assertThat(export.events().map(LedgerEvent::uniqueId).toList()).containsExactly("u-purchase");
        var next = exportOf(STRANGER, export.upToEventId());
        assertThat(next.events().map(LedgerEvent::uniqueId).toList()).containsExactly("late");
        assertThat(next.eventCount()).isEqualTo(1);
    }

    @Test
    void a_resumed_export_ends_where_the_interrupted_one_would_have_though_more_was_recorded_since() {
        var first = exportOf(STRANGER, 0);
        appends.append(goodwill("late"));
        var resumed = service.resume(STRANGER, 0, first.upToEventId()).fold(unknown -> {
            throw new AssertionError(unknown);
        }, unknown -> {
            throw new AssertionError(unknown);
        }, ready -> ready);
        assertThat(resumed.upToEventId()).isEqualTo(first.upToEventId());
        assertThat(resumed.events().map(LedgerEvent::uniqueId).toList()).containsExactly("u-purchase");
    }

    @Test
    void an_export_since_an_event_holds_the_later_events_and_every_profile() {
        var first = world.everyRecorded().values().stream().filter(e -> e.orgId().equals(LedgerWorld.PARENT))
                .mapToLong(e -> e.id().value()).min().orElseThrow();
        var export = exportOf(LedgerWorld.PARENT, first);
        assertThat(export.events().map(event -> event.id().value()).toList()).isNotEmpty().allMatch(id -> id > first);
        assertThat(export.customers().toList()).hasSize(2);
        assertThat(export.userGroups().toList()).hasSize(1);
        assertThat(export.referenceData().size()).isPositive();
    }

    /** The in-memory ledger, counting the pages of events read. */
    private static final class CountingEventPages extends DelegatingLedgerExportPort {
        private final AtomicInteger pages;

        CountingEventPages(InMemoryLedger ledger, AtomicInteger pages) {
            super(ledger);
            this.pages = pages;
        }

        @Override
        public List<PlacedEvent> eventsAfter(OrgId org, RecordedPlace after, RecordedPlace upTo, int count) {
            pages.incrementAndGet();
            return super.eventsAfter(org, after, upTo, count);
        }
    }
}

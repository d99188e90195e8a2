package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.application.port.out.recording.AppendOutcome;
import io.ledgerlens.application.port.out.recording.BatchQuestions;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.BillBuilder;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every implementation of {@code RecordLedgerPort} must do (reading back is in the load contract): its unit of
 * work and locks keep the application's decisions ({@code EventAppends}: a unique id recorded once, a return within
 * its bill) true under concurrency, for one event and for a batch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecordLedgerPortContract {

    private LedgerPorts ports;

    protected abstract LedgerPorts freshLedger();

    @BeforeAll
    void openTheLedger() {
        ports = freshLedger();
    }

    @Test
    void event_log_ids_are_never_handed_out_twice() {
        var ids = IntStream.range(0, 50).mapToObj(i -> ports.recorder().nextEventLogId()).toList();
        assertThat(new HashSet<>(ids)).hasSize(50);
        assertThat(ids).allMatch(id -> id.value() > 0);
    }

    private static final OrgId WRITER_ORG = OrgId.of(4444);
    private static final OrgId OTHER_WRITER_ORG = OrgId.of(4445);
    private static final CustomerId WRITER_CUSTOMER = CustomerId.of(444401);
    private static final CustomerId OTHER_WRITER_CUSTOMER = CustomerId.of(444501);
    private static final UserGroupId WRITER_GROUP = UserGroupId.of(444401);
    private static final UserGroupId OTHER_WRITER_GROUP = UserGroupId.of(444501);

    private void openWriterOrgs() {
        OrgTrees.register(ports.tree(), Org.root(WRITER_ORG, "Writer", ZoneId.of("UTC"), true),
                Org.root(OTHER_WRITER_ORG, "Other writer", ZoneId.of("UTC"), true));
        ports.subjectsRegistered().register(Customer.register(WRITER_CUSTOMER, WRITER_ORG, "W", "R", List.of()),
                Customer.register(OTHER_WRITER_CUSTOMER, OTHER_WRITER_ORG, "O", "W", List.of()));
    }

    private LedgerEvent goodwill(OrgId org, CustomerId customer, String uniqueId, String points) {
        return LedgerEventBuilder.aGoodwillAllocation().id(ports.recorder().nextEventLogId().value()).org(org)
                .subject(EventSubject.customer(customer)).uniqueId(uniqueId).withoutAllocations()
                .allocations(Allocations.regular(points)).build();
    }

    private List<LedgerEvent> load(OrgId org, CustomerId customer, List<EventLogId> ids) {
        return ports.events().load(new EventLookup(List.of(new LedgerOwner(org, EventSubject.customer(customer))),
                new EventSelector.ByEventIds(ids)));
    }

    @Test
    void a_retry_with_the_same_content_names_the_original_event_and_records_nothing() {
        openWriterOrgs();
        var first = ports.appends().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, "retry-1", "50.0"));
        var retry = goodwill(WRITER_ORG, WRITER_CUSTOMER, "retry-1", "50.0");
        assertThat(first).isInstanceOf(AppendOutcome.Appended.class);
        assertThat(ports.appends().append(retry))
                .isEqualTo(new AppendOutcome.AlreadyRecorded(first.eventLogId(), true));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(retry.id()))).isEmpty();
    }

    @Test
    void another_event_under_a_used_unique_id_is_refused_and_the_first_stays_as_it_was() {
        openWriterOrgs();
        var first = ports.appends().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, "reused-1", "50.0"));
        var other = goodwill(WRITER_ORG, WRITER_CUSTOMER, "reused-1", "5000.0");
        assertThat(ports.appends().append(other))
                .isEqualTo(new AppendOutcome.AlreadyRecorded(first.eventLogId(), false));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(first.eventLogId(), other.id())))
                .singleElement()
                .satisfies(kept -> assertThat(kept.allocations().get(0).value()).isEqualByComparingTo("50.0"));
    }

    private LedgerEvent withCustomFieldOf(int characters, String uniqueId) {
        return LedgerEventBuilder.aGoodwillAllocation().id(ports.recorder().nextEventLogId().value()).org(WRITER_ORG)
                .subject(EventSubject.customer(WRITER_CUSTOMER)).uniqueId(uniqueId).withoutAllocations()
                .allocations(Allocations.regular("1.0")).customField("note", "n".repeat(characters)).build();
    }

    @Test
    void a_value_longer_than_its_column_is_refused_naming_its_part_and_nothing_is_written() {
        openWriterOrgs();
        var longest = withCustomFieldOf(2000, "storable-1");
        assertThat(ports.appends().append(longest)).isInstanceOf(AppendOutcome.Appended.class);

        var tooLong = withCustomFieldOf(2001, "unstorable-1");
        assertThatThrownBy(() -> ports.appends().append(tooLong))
                .isInstanceOfSatisfying(LedgerRefusedException.class,
                        refused -> assertThat(refused.part()).isEqualTo(LedgerRefusedException.Part.CUSTOM_FIELDS));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(longest.id(), tooLong.id()))).extracting(LedgerEvent::id)
                .containsExactly(longest.id());
    }

    @Test
    void a_batch_with_a_value_longer_than_its_column_is_refused_whole() {
        openWriterOrgs();
        var batch = List.of(withCustomFieldOf(10, "batch-storable-1"), withCustomFieldOf(2001, "batch-unstorable"),
                withCustomFieldOf(10, "batch-storable-2"));
        assertThatThrownBy(() -> ports.appends().appendAll(batch))
                .isInstanceOfSatisfying(LedgerRefusedException.class,
                        refused -> assertThat(refused.part()).isEqualTo(LedgerRefusedException.Part.CUSTOM_FIELDS));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, batch.stream().map(LedgerEvent::id).toList())).isEmpty();
    }

    @Test
    void a_unique_id_is_unique_within_its_org_only() {
        openWriterOrgs();
        assertThat(ports.appends().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, "shared-1", "1.0")))
                .isInstanceOf(AppendOutcome.Appended.class);
        assertThat(ports.appends().append(goodwill(OTHER_WRITER_ORG, OTHER_WRITER_CUSTOMER, "shared-1", "1.0")))
                .isInstanceOf(AppendOutcome.Appended.class);
    }

    @Test
    void sixteen_concurrent_senders_of_a_thousand_events_three_times_each_record_exactly_a_thousand()
            throws InterruptedException, ExecutionException {
        openWriterOrgs();
        var attempts = new ArrayList<String>();
        for (int retry = 0; retry < 3; retry++) {
            for (int i = 0; i < 1000; i++) {
                attempts.add("concurrent-" + i);
            }
        }
        Collections.shuffle(attempts, new Random(16));
        var senders = Executors.newFixedThreadPool(16);
        try {
            var outcomes = new ArrayList<Future<Map.Entry<String, AppendOutcome>>>();
            for (var uniqueId : attempts) {
                outcomes.add(senders.submit(() -> Map.entry(uniqueId,
                        ports.appends().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, uniqueId, "2.0")))));
            }
            var recorded = new HashMap<String, EventLogId>();
            var duplicates = new ArrayList<Map.Entry<String, AppendOutcome>>();
            for (var outcome : outcomes) {
                var result = outcome.get();
                if (result.getValue() instanceof AppendOutcome.Appended appended) {
                    assertThat(recorded.put(result.getKey(), appended.eventLogId())).as(result.getKey()).isNull();
                } else {
                    duplicates.add(result);
                }
            }
            assertThat(recorded).hasSize(1000);
            assertThat(duplicates).hasSize(2000).allSatisfy(duplicate -> assertThat(duplicate.getValue())
                    .isEqualTo(new AppendOutcome.AlreadyRecorded(recorded.get(duplicate.getKey()), true)));
            var ids = new ArrayList<>(recorded.values());
            for (int from = 0; from < ids.size(); from += 100) {
                assertThat(load(WRITER_ORG, WRITER_CUSTOMER, ids.subList(from, from + 100))).hasSize(100);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void a_batch_records_new_events_names_earlier_ones_and_records_a_repeated_unique_id_once() {
        openWriterOrgs();
        var earlier = ports.appends().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, "batch-earlier", "1.0"));
        var ids = ports.recorder().nextEventLogIds(4);
        assertThat(new HashSet<>(ids)).hasSize(4);
        var batch = List.of(
                goodwillWithId(ids.get(0), "batch-new", "3.0"),
                goodwillWithId(ids.get(1), "batch-earlier", "1.0"),
                goodwillWithId(ids.get(2), "batch-new", "3.0"),
                goodwillWithId(ids.get(3), "batch-earlier", "99.0"));
        assertThat(ports.appends().appendAll(batch)).containsExactly(
                new AppendOutcome.Appended(ids.get(0)),
                new AppendOutcome.AlreadyRecorded(earlier.eventLogId(), true),
                new AppendOutcome.AlreadyRecorded(ids.get(0), true),
                new AppendOutcome.AlreadyRecorded(earlier.eventLogId(), false));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, ids)).extracting(LedgerEvent::id).containsExactly(ids.get(0));
    }

    @Test
    void events_appended_in_a_batch_read_back_whole() {
        openWriterOrgs();
        var ids = ports.recorder().nextEventLogIds(2);
        var purchase = LedgerEventBuilder.aTransactionAdd().id(ids.get(0).value()).org(WRITER_ORG)
                .subject(EventSubject.customer(WRITER_CUSTOMER)).uniqueId("batch-purchase").referenceId("B-1")
                .bill(BillBuilder.aBill().number("B-1").lineItems(BillBuilder.aLineItem(1, Allocations.regular("2.0"),
                        Allocations.promised("1.0")), BillBuilder.aLineItem(2))
                        .allocations(Allocations.regular("29.5"), Allocations.promo("3.0"),
                                Allocations.regularIn(Allocations.STARS, "1.0")))
                .customField("f", "v").extendedField("e", "x").paidBy("CASH", "10.0").slab(1, "BASE", 2649, true)
                .build();
        var redemption = LedgerEventBuilder.anEvent(io.ledgerlens.domain.event.EventName.POINTS_REDEMPTION)
                .id(ids.get(1).value()).org(WRITER_ORG).subject(EventSubject.customer(WRITER_CUSTOMER))
                .uniqueId("batch-redemption").detail(io.ledgerlens.domain.testdata.EventDetails.redemption()).build();
        ports.appends().appendAll(List.of(purchase, redemption));
        var loaded = load(WRITER_ORG, WRITER_CUSTOMER, ids);
        assertThat(loaded).hasSize(2);
        for (var event : loaded) {
            assertThat(event).usingRecursiveComparison()
                    .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                    .isEqualTo(event.id().equals(purchase.id()) ? purchase : redemption);
        }
    }

    @Test
    void instants_from_before_1970_to_the_year_9999_read_back_to_the_microsecond() {
        openWriterOrgs();
        var awarded = java.time.Instant.parse("1969-12-31T23:59:59.500001Z");
        var neverExpires = java.time.Instant.parse("9999-12-31T23:59:59.999999Z");
        var id = ports.recorder().nextEventLogIds(1).get(0);
        var event = LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(WRITER_ORG)
                .subject(EventSubject.customer(WRITER_CUSTOMER)).uniqueId("far-instants").eventTime(awarded)
                .withoutAllocations().allocations(io.ledgerlens.domain.points.PointsAllocation.regular(
                        new java.math.BigDecimal("1.0"), Allocations.DEFAULT_RULE, java.math.BigDecimal.TEN, awarded, neverExpires))
                .build();
        ports.appends().appendAll(List.of(event));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(id))).singleElement().satisfies(loaded -> {
            assertThat(loaded.eventTime()).isEqualTo(awarded);
            assertThat(loaded.allocations().get(0).awardedOn()).isEqualTo(awarded);
            assertThat(loaded.allocations().get(0).expiresOn()).contains(neverExpires);
        });
    }

    private LedgerEvent goodwillWithId(EventLogId id, String uniqueId, String points) {
        return LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(WRITER_ORG)
                .subject(EventSubject.customer(WRITER_CUSTOMER)).uniqueId(uniqueId).withoutAllocations()
                .allocations(Allocations.regular(points)).build();
    }

    private LedgerEvent purchase(String billNumber, String uniqueId, CustomerId customer) {
        return LedgerEventBuilder.aTransactionAdd().id(ports.recorder().nextEventLogId().value()).org(WRITER_ORG)
                .subject(EventSubject.customer(customer)).uniqueId(uniqueId).referenceId(billNumber)
                .bill(BillBuilder.aBill().number(billNumber)).build();
    }

    /** A return of {@code amount} of {@code billNumber} (295.0 paid for 3 of one item), with {@code qty} of the item if given. */
    private LedgerEvent returnOf(String billNumber, String uniqueId, String amount, String qty) {
        var lines = qty == null ? new io.ledgerlens.domain.event.LineItem[0] : new io.ledgerlens.domain.event.LineItem[] {
                new io.ledgerlens.domain.event.LineItem(1, "sku_164716451_2", io.ledgerlens.domain.event.Amounts.of("100.0", "0", "100.0"),
                        new java.math.BigDecimal("100.0"), new java.math.BigDecimal(qty), List.of(),
                        Optional.of(new io.ledgerlens.domain.event.LineItemReturn(new java.math.BigDecimal(amount),
                                new java.math.BigDecimal("100.0"), new java.math.BigDecimal(qty), new java.math.BigDecimal(amount), "SN-1")))};
        return LedgerEventBuilder.anEvent(io.ledgerlens.domain.event.EventName.RETURN_BILL)
                .id(ports.recorder().nextEventLogId().value()).org(WRITER_ORG).subject(EventSubject.customer(WRITER_CUSTOMER))
                .uniqueId(uniqueId).referenceId("R-" + uniqueId)
                .bill(BillBuilder.aBill().number("R-" + uniqueId).lineItems(lines).allocations()
                        .returned(new io.ledgerlens.domain.event.BillReturn(Allocations.AWARDED_ON, new java.math.BigDecimal(amount),
                                io.ledgerlens.domain.event.ReturnType.LINE_ITEM, billNumber)))
                .build();
    }

    @Test
    void a_bill_can_be_returned_in_parts_up_to_what_it_bought() {
        openWriterOrgs();
        ports.appends().append(purchase("RB-1", "rb-1", WRITER_CUSTOMER));
        assertThat(ports.appends().append(returnOf("RB-1", "rb-1-r1", "100.0", "1"))).isInstanceOf(AppendOutcome.Appended.class);
        assertThat(ports.appends().append(returnOf("RB-1", "rb-1-r2", "195.0", "2"))).isInstanceOf(AppendOutcome.Appended.class);
    }

    @Test
    void a_return_of_more_than_is_left_is_refused_and_writes_nothing() {
        openWriterOrgs();
        ports.appends().append(purchase("RB-2", "rb-2", WRITER_CUSTOMER));
        ports.appends().append(returnOf("RB-2", "rb-2-r1", "200.0", "2"));
        var tooMuch = returnOf("RB-2", "rb-2-r2", "100.0", "2");
        assertThat(ports.appends().append(tooMuch))
                .usingRecursiveComparison().withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(new AppendOutcome.ReturnBeyondPurchase(tooMuch.id(), List.of(
                        new io.ledgerlens.domain.event.ReturnExcess.AmountBeyondPurchase("RB-2", new java.math.BigDecimal("95.0"), new java.math.BigDecimal("100.0")),
                        new io.ledgerlens.domain.event.ReturnExcess.QuantityBeyondPurchase("RB-2", 0, "sku_164716451_2", java.math.BigDecimal.ONE, new java.math.BigDecimal("2")))));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(tooMuch.id()))).isEmpty();
        assertThat(ports.appends().append(returnOf("RB-2", "rb-2-r3", "95.0", "1"))).isInstanceOf(AppendOutcome.Appended.class);
    }

    @Test
    void a_bill_the_customer_never_bought_cannot_be_returned_even_if_another_customer_did() {
        openWriterOrgs();
        var neighbour = CustomerId.of(444402);
        ports.subjectsRegistered().register(Customer.register(neighbour, WRITER_ORG, "N", "B", List.of()));
        ports.appends().append(purchase("RB-3", "rb-3", neighbour));
        var stranger = returnOf("RB-3", "rb-3-r1", "1.0", null);
        assertThat(ports.appends().append(stranger)).isEqualTo(new AppendOutcome.ReturnBeyondPurchase(stranger.id(),
                List.of(new io.ledgerlens.domain.event.ReturnExcess.NothingBought("RB-3"))));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(stranger.id()))).isEmpty();
    }

    @Test
    void a_retry_of_a_return_that_took_everything_names_the_recorded_return() {
        openWriterOrgs();
        ports.appends().append(purchase("RB-4", "rb-4", WRITER_CUSTOMER));
        var whole = ports.appends().append(returnOf("RB-4", "rb-4-r1", "295.0", "3"));
        assertThat(ports.appends().append(returnOf("RB-4", "rb-4-r1", "295.0", "3")))
                .isEqualTo(new AppendOutcome.AlreadyRecorded(whole.eventLogId(), true));
    }

    @Test
    void in_a_batch_a_purchase_can_be_returned_by_a_later_event_and_its_returns_add_up() {
        openWriterOrgs();
        var early = returnOf("RB-5", "rb-5-early", "1.0", null);
        var bought = purchase("RB-5", "rb-5", WRITER_CUSTOMER);
        var first = returnOf("RB-5", "rb-5-r1", "200.0", null);
        var second = returnOf("RB-5", "rb-5-r2", "100.0", null);
        var third = returnOf("RB-5", "rb-5-r3", "95.0", null);
        assertThat(ports.appends().appendAll(List.of(early, bought, first, second, third))).extracting(Object::getClass)
                .containsExactly(AppendOutcome.ReturnBeyondPurchase.class, AppendOutcome.Appended.class,
                        AppendOutcome.Appended.class, AppendOutcome.ReturnBeyondPurchase.class, AppendOutcome.Appended.class);
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(early.id(), first.id(), second.id(), third.id())))
                .extracting(LedgerEvent::id).containsExactlyInAnyOrder(first.id(), third.id());
    }

    @Test
    void sixteen_simultaneous_returns_of_one_bill_take_back_no_more_than_it_bought()
            throws InterruptedException, ExecutionException {
        openWriterOrgs();
        ports.appends().append(purchase("RB-6", "rb-6", WRITER_CUSTOMER));
        var senders = Executors.newFixedThreadPool(16);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var results = new ArrayList<Future<AppendOutcome>>();
            for (int i = 0; i < 16; i++) {
                var attempt = returnOf("RB-6", "rb-6-r" + i, "50.0", null);
                results.add(senders.submit(() -> {
                    start.await();
                    return ports.appends().append(attempt);
                }));
            }
            start.countDown();
            int appended = 0;
            for (var result : results) {
                appended += result.get() instanceof AppendOutcome.Appended ? 1 : 0;
            }
            // 295.0 bought: five returns of 50.0 fit, a sixth would give back 300.0.
            assertThat(appended).isEqualTo(5);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void sixteen_concurrent_batches_sharing_unique_ids_record_each_once_and_fail_none_of_their_other_events()
            throws InterruptedException, ExecutionException {
        openWriterOrgs();
        var senders = Executors.newFixedThreadPool(16);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var batches = new ArrayList<Future<List<AppendOutcome>>>();
            for (int sender = 0; sender < 16; sender++) {
                // Each batch: 50 unique ids every sender shares, shuffled, and 10 of its own.
                var uniqueIds = new ArrayList<String>();
                IntStream.range(0, 50).forEach(i -> uniqueIds.add("shared-batch-" + i));
                Collections.shuffle(uniqueIds, new Random(sender));
                for (int own = 0; own < 10; own++) {
                    uniqueIds.add("own-batch-" + sender + "-" + own);
                }
                var batch = uniqueIds.stream().map(uniqueId -> goodwill(WRITER_ORG, WRITER_CUSTOMER, uniqueId, "1.0")).toList();
                batches.add(senders.submit(() -> {
                    start.await();
                    return ports.appends().appendAll(batch);
                }));
            }
            start.countDown();
            var appended = new ArrayList<EventLogId>();
            for (var batch : batches) {
                var outcomes = batch.get();
                assertThat(outcomes.subList(50, 60)).allMatch(AppendOutcome.Appended.class::isInstance);
                assertThat(outcomes).allMatch(outcome -> outcome instanceof AppendOutcome.Appended
                        || outcome instanceof AppendOutcome.AlreadyRecorded earlier && earlier.sameContent());
                outcomes.stream().filter(AppendOutcome.Appended.class::isInstance).map(AppendOutcome::eventLogId)
                        .forEach(appended::add);
            }
            assertThat(appended).hasSize(50 + 16 * 10).doesNotHaveDuplicates();
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void a_unit_of_work_reads_which_unique_ids_its_org_recorded_with_their_fingerprints_and_none_of_another_orgs() {
        openWriterOrgs();
        var ours = goodwill(WRITER_ORG, WRITER_CUSTOMER, "read-back-1", "7.0");
        var theirs = goodwill(OTHER_WRITER_ORG, OTHER_WRITER_CUSTOMER, "read-back-2", "7.0");
        ports.appends().append(ours);
        ports.appends().append(theirs);
        var recorded = ports.recorder().inLedgerOf(WRITER_ORG, ledger -> ledger.facts(new BatchQuestions(Set.of(),
                Set.of("read-back-1", "read-back-2"), Set.of())).recorded());
        assertThat(recorded).containsOnlyKeys("read-back-1");
        assertThat(recorded.get("read-back-1")).isEqualTo(new io.ledgerlens.application.port.out.recording.RecordedEvent(ours.id(),
                io.ledgerlens.domain.event.EventFingerprint.of(ours)));
    }

    @Test
    void a_unit_of_work_knows_its_orgs_customers_and_groups_and_none_of_another_orgs() {
        openWriterOrgs();
        ports.subjectsRegistered().form(
                UserGroup.form(WRITER_GROUP, WRITER_ORG, "W-HH", "Writers", WRITER_CUSTOMER, List.of(WRITER_CUSTOMER)),
                UserGroup.form(OTHER_WRITER_GROUP, OTHER_WRITER_ORG, "O-HH", "Others", OTHER_WRITER_CUSTOMER,
                        List.of(OTHER_WRITER_CUSTOMER)));
        var ours = Set.of(EventSubject.customer(WRITER_CUSTOMER), EventSubject.userGroup(WRITER_GROUP));
        var asked = Set.of(EventSubject.customer(WRITER_CUSTOMER), EventSubject.userGroup(WRITER_GROUP),
                EventSubject.customer(OTHER_WRITER_CUSTOMER), EventSubject.userGroup(OTHER_WRITER_GROUP),
                EventSubject.customer(CustomerId.of(444499)), EventSubject.userGroup(UserGroupId.of(444499)));
        Set<EventSubject> known = ports.recorder().inLedgerOf(WRITER_ORG,
                ledger -> ledger.facts(new BatchQuestions(asked, Set.of(), Set.of())).knownSubjects());
        assertThat(known).containsExactlyInAnyOrderElementsOf(ours);
    }

    @Test
    void an_event_of_another_orgs_customer_is_not_appended_and_the_rest_of_its_batch_is() {
        openWriterOrgs();
        var ours = goodwill(WRITER_ORG, WRITER_CUSTOMER, "subject-1", "3.0");
        var annexing = goodwill(WRITER_ORG, OTHER_WRITER_CUSTOMER, "subject-2", "3.0");
        assertThat(ports.appends().appendAll(List.of(annexing, ours)))
                .containsExactly(new AppendOutcome.UnknownSubject(annexing.id()), new AppendOutcome.Appended(ours.id()));
        assertThat(load(WRITER_ORG, OTHER_WRITER_CUSTOMER, List.of(annexing.id()))).isEmpty();
        assertThat(load(OTHER_WRITER_ORG, OTHER_WRITER_CUSTOMER, List.of(annexing.id()))).isEmpty();
    }

    @Test
    void what_a_unit_of_work_appends_is_gone_when_it_throws() {
        openWriterOrgs();
        var event = goodwill(WRITER_ORG, WRITER_CUSTOMER, "rolled-back-1", "1.0");
        assertThatThrownBy(() -> ports.recorder().inLedgerOf(WRITER_ORG, ledger -> {
            ledger.append(List.of(io.ledgerlens.application.port.out.recording.NewEvent.of(event)));
            throw new IllegalStateException("the caller changed its mind");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(event.id()))).isEmpty();
    }
}

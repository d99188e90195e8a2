package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.AppendOutcome;
import io.ledgerlens.application.port.out.EventLookup;
import io.ledgerlens.application.port.out.LedgerOwner;
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
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every implementation of {@code RecordLedgerPort} must do (reading back is in the load contract). */
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

    private void openWriterOrgs() {
        ports.recorder().save(Org.root(WRITER_ORG, "Writer", ZoneId.of("UTC"), true));
        ports.recorder().save(Org.root(OTHER_WRITER_ORG, "Other writer", ZoneId.of("UTC"), true));
        ports.recorder().save(Customer.register(WRITER_CUSTOMER, WRITER_ORG, "W", "R", List.of()));
        ports.recorder().save(Customer.register(OTHER_WRITER_CUSTOMER, OTHER_WRITER_ORG, "O", "W", List.of()));
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
        var first = ports.recorder().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, "retry-1", "50.0"));
        var retry = goodwill(WRITER_ORG, WRITER_CUSTOMER, "retry-1", "50.0");
        assertThat(first).isInstanceOf(AppendOutcome.Appended.class);
        assertThat(ports.recorder().append(retry))
                .isEqualTo(new AppendOutcome.AlreadyRecorded(first.eventLogId(), true));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(retry.id()))).isEmpty();
    }

    @Test
    void another_event_under_a_used_unique_id_is_refused_and_the_first_stays_as_it_was() {
        openWriterOrgs();
        var first = ports.recorder().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, "reused-1", "50.0"));
        var other = goodwill(WRITER_ORG, WRITER_CUSTOMER, "reused-1", "5000.0");
        assertThat(ports.recorder().append(other))
                .isEqualTo(new AppendOutcome.AlreadyRecorded(first.eventLogId(), false));
        assertThat(load(WRITER_ORG, WRITER_CUSTOMER, List.of(first.eventLogId(), other.id())))
                .singleElement()
                .satisfies(kept -> assertThat(kept.allocations().get(0).value()).isEqualByComparingTo("50.0"));
    }

    @Test
    void a_unique_id_is_unique_within_its_org_only() {
        openWriterOrgs();
        assertThat(ports.recorder().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, "shared-1", "1.0")))
                .isInstanceOf(AppendOutcome.Appended.class);
        assertThat(ports.recorder().append(goodwill(OTHER_WRITER_ORG, OTHER_WRITER_CUSTOMER, "shared-1", "1.0")))
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
                        ports.recorder().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, uniqueId, "2.0")))));
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
        var earlier = ports.recorder().append(goodwill(WRITER_ORG, WRITER_CUSTOMER, "batch-earlier", "1.0"));
        var ids = ports.recorder().nextEventLogIds(4);
        assertThat(new HashSet<>(ids)).hasSize(4);
        var batch = List.of(
                goodwillWithId(ids.get(0), "batch-new", "3.0"),
                goodwillWithId(ids.get(1), "batch-earlier", "1.0"),
                goodwillWithId(ids.get(2), "batch-new", "3.0"),
                goodwillWithId(ids.get(3), "batch-earlier", "99.0"));
        assertThat(ports.recorder().appendAll(batch)).containsExactly(
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
        ports.recorder().appendAll(List.of(purchase, redemption));
        var loaded = load(WRITER_ORG, WRITER_CUSTOMER, ids);
        assertThat(loaded).hasSize(2);
        for (var event : loaded) {
            assertThat(event).usingRecursiveComparison()
                    .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                    .isEqualTo(event.id().equals(purchase.id()) ? purchase : redemption);
        }
    }

    private LedgerEvent goodwillWithId(EventLogId id, String uniqueId, String points) {
        return LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(WRITER_ORG)
                .subject(EventSubject.customer(WRITER_CUSTOMER)).uniqueId(uniqueId).withoutAllocations()
                .allocations(Allocations.regular(points)).build();
    }

    @Test
    void an_org_saved_again_keeps_its_latest_settings() {
        var org = OrgId.of(4242);
        ports.recorder().save(Org.root(org, "Before", ZoneId.of("UTC"), false));
        ports.recorder().save(Org.root(org, "After", ZoneId.of("Europe/Paris"), true));
        assertThat(ports.orgs().settingsOf(List.of(org)))
                .containsExactly(new OrgSettings(org, ZoneId.of("Europe/Paris"), true));
    }

    @Test
    void a_group_saved_again_has_only_its_latest_members() {
        var org = OrgId.of(4343);
        ports.recorder().save(Org.root(org, "Groups", ZoneId.of("UTC"), false));
        var first = CustomerId.of(434301);
        var second = CustomerId.of(434302);
        for (var customer : List.of(first, second)) {
            ports.recorder().save(Customer.register(customer, org, "", "", List.of()));
        }
        var group = UserGroupId.of(434399);
        ports.recorder().save(UserGroup.form(group, org, "G-1", "", first, List.of(first, second)));
        ports.recorder().save(UserGroup.form(group, org, "G-1", "", second, List.of(second)));
        var found = ports.subjects().findUserGroups(List.of(org),
                new SubjectIdentifier(IdentifierName.ID, "434399", Source.ALL, Optional.empty()));
        assertThat(found).singleElement().satisfies(g -> {
            assertThat(g.primaryMember()).isEqualTo(second);
            assertThat(g.members()).containsExactly(second);
        });
    }
}

package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGERS_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupCommittedRecordingServiceTest {

    private InMemoryLedger ledger;
    private RecordLedgerEventService alone;
    /** The groups handed to {@link #alone}, each as the org and the number of its events. */
    private final List<List<Object>> groups = new CopyOnWriteArrayList<>();
    /** Lets the first group stand until the test opens it, so that others queue behind it. */
    private final CountDownLatch firstGroupMayGo = new CountDownLatch(1);

    @BeforeEach
    void openTheWorld() {
        ledger = new InMemoryLedger();
        LedgerWorld.recordedThrough(LedgerPorts.of(ledger));
        alone = new RecordLedgerEventService(ledger);
    }

    private GroupCommittedRecordingService grouping(int mostPerGroup,
            BiFunction<OrgId, List<EventDraft>, List<RecordOutcome>> recordAll) {
        return grouping(mostPerGroup, 1, recordAll);
    }

    private GroupCommittedRecordingService grouping(int mostPerGroup, int mostInFlight,
            BiFunction<OrgId, List<EventDraft>, List<RecordOutcome>> recordAll) {
        return grouping(mostPerGroup, mostInFlight, Duration.ZERO, recordAll);
    }

    private GroupCommittedRecordingService grouping(int mostPerGroup, int mostInFlight, Duration gather,
            BiFunction<OrgId, List<EventDraft>, List<RecordOutcome>> recordAll) {
        return new GroupCommittedRecordingService(new RecordLedgerEventUseCase() {
            @Override
            public RecordOutcome record(OrgId caller, EventDraft draft) {
                throw new AssertionError("single events are recorded as groups");
            }

            @Override
            public List<RecordOutcome> recordAll(OrgId caller, List<EventDraft> drafts) {
                groups.add(List.of(caller, drafts.size()));
                if (groups.size() == 1) {
                    TillsAtOnce.await(firstGroupMayGo);
                }
                return recordAll.apply(caller, drafts);
            }
        }, mostPerGroup, mostInFlight, gather);
    }

    private static EventDraft goodwill(OrgId org, EventSubject subject, String uniqueId, String points) {
        return new EventDraft(org, subject, id -> LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(org).subject(subject)
                .uniqueId(uniqueId).withoutAllocations().allocations(Allocations.regular(points)).build());
    }

    private static EventDraft ashas(String uniqueId, String points) {
        return goodwill(PARENT, EventSubject.customer(ASHA), uniqueId, points);
    }

    @Test
    void a_draft_that_does_not_build_fails_its_own_caller_and_never_joins_a_group() {
        var service = grouping(200, alone::recordAll);
        firstGroupMayGo.countDown();
        var broken = new EventDraft(PARENT, EventSubject.customer(ASHA), id -> {
            throw new IllegalArgumentException("a bill event needs a bill");
        });

        assertThatThrownBy(() -> service.record(PARENT, broken)).isInstanceOf(IllegalArgumentException.class);
        assertThat(groups).isEmpty();
        assertThat(service.record(PARENT, ashas("after-broken", "1"))).isInstanceOf(RecordOutcome.Recorded.class);
    }

    @Test
    void an_event_alone_is_recorded_at_once_as_a_group_of_one() {
        var service = grouping(200, alone::recordAll);
        firstGroupMayGo.countDown();
        assertThat(service.record(PARENT, ashas("alone-1", "10"))).isInstanceOfSatisfying(RecordOutcome.Recorded.class,
                recorded -> assertThat(recorded.created()).isTrue());
        assertThat(groups).containsExactly(List.of(PARENT, 1));
    }

    @Test
    void events_arriving_while_a_group_is_recorded_are_recorded_together_next_each_with_its_own_outcome() throws Exception {
        var service = grouping(200, alone::recordAll);
        var first = sendAll(service, List.of(ashas("first", "1")));
        awaitGroups(1);
        var waiting = new ArrayList<EventDraft>();
        for (int i = 0; i < 12; i++) {
            waiting.add(ashas("queued-" + i, "2"));
        }
        waiting.add(ashas("queued-3", "99"));
        var queued = senders.queueInOrder(recording(service, waiting), () -> service.waiting(PARENT));
        firstGroupMayGo.countDown();

        assertThat(outcomesOf(first).get(0)).isInstanceOf(RecordOutcome.Recorded.class);
        var outcomes = outcomesOf(queued);
        assertThat(groups).containsExactly(List.of(PARENT, 1), List.of(PARENT, 13));
        assertThat(outcomes.subList(0, 12)).allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(
                RecordOutcome.Recorded.class, recorded -> assertThat(recorded.created()).isTrue()));
        assertThat(outcomes.get(12)).as("a unique id used earlier in the same group, for other content")
                .isInstanceOf(RecordOutcome.UniqueIdReused.class);
    }

    @Test
    void with_two_groups_in_flight_one_is_recorded_beside_a_standing_group_and_the_rest_queue_behind_both() throws Exception {
        var service = grouping(200, 2, alone::recordAll);
        var first = sendAll(service, List.of(ashas("standing", "1")));
        awaitGroups(1);
        assertThat(service.record(PARENT, ashas("beside", "1"))).isInstanceOf(RecordOutcome.Recorded.class);
        assertThat(groups).containsExactly(List.of(PARENT, 1), List.of(PARENT, 1));
        firstGroupMayGo.countDown();
        outcomesOf(first);
        var many = new ArrayList<EventDraft>();
        for (int i = 0; i < 40; i++) {
            many.add(ashas("two-in-flight-" + i, "1"));
        }
        assertThat(outcomesOf(sendAll(service, many))).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(RecordOutcome.Recorded.class, recorded -> assertThat(recorded.created()).isTrue()));
    }

    @Test
    void while_its_org_is_busy_a_group_waits_a_moment_for_as_many_events_as_the_last_group_held() throws Exception {
        var service = afterAGroupOfThree(Duration.ofSeconds(5));

        var comingBack = new ArrayList<Future<RecordOutcome>>();
        for (int i = 0; i < 3; i++) {
            comingBack.addAll(sendAll(service, List.of(ashas("back-" + i, "1"))));
            Thread.sleep(50);
        }
        assertThat(outcomesOf(comingBack)).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class));
        assertThat(groups).as("the three that came back one by one are one group, as the three before them were")
                .containsExactly(List.of(PARENT, 1), List.of(PARENT, 3), List.of(PARENT, 3));
    }

    @Test
    void an_org_idle_for_longer_than_the_moment_records_its_next_event_at_once() throws Exception {
        var service = afterAGroupOfThree(Duration.ofSeconds(1));
        Thread.sleep(1200);

        var sent = System.nanoTime();
        assertThat(service.record(PARENT, ashas("after-a-pause", "1"))).isInstanceOf(RecordOutcome.Recorded.class);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("no wait for company that is not coming")
                .isLessThan(Duration.ofMillis(500));
        assertThat(groups).containsExactly(List.of(PARENT, 1), List.of(PARENT, 3), List.of(PARENT, 1));
    }

    /** A service gathering for {@code gather} that has written a group of one and then, behind it, a group of three. */
    private GroupCommittedRecordingService afterAGroupOfThree(Duration gather) throws Exception {
        var service = grouping(200, 1, gather, alone::recordAll);
        var first = sendAll(service, List.of(ashas("first", "1")));
        awaitGroups(1);
        var queued = sendAll(service, List.of(ashas("queued-1", "1"), ashas("queued-2", "1"), ashas("queued-3", "1")));
        awaitQueued(service, 3);
        firstGroupMayGo.countDown();
        outcomesOf(first);
        outcomesOf(queued);
        return service;
    }

    @Test
    void a_group_holds_at_most_its_limit_and_the_rest_wait_for_the_next() throws Exception {
        var service = grouping(5, alone::recordAll);
        var first = sendAll(service, List.of(ashas("first", "1")));
        awaitGroups(1);
        var waiting = new ArrayList<EventDraft>();
        for (int i = 0; i < 12; i++) {
            waiting.add(ashas("limited-" + i, "2"));
        }
        var queued = sendAll(service, waiting);
        awaitQueued(service, 12);
        firstGroupMayGo.countDown();

        outcomesOf(first);
        assertThat(outcomesOf(queued)).hasSize(12).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class));
        assertThat(groups).containsExactly(List.of(PARENT, 1), List.of(PARENT, 5), List.of(PARENT, 5), List.of(PARENT, 2));
    }

    @Test
    void orgs_are_grouped_apart_and_never_wait_for_each_other() throws Exception {
        var service = grouping(200, alone::recordAll);
        var parents = sendAll(service, List.of(ashas("parent-1", "1")));
        awaitGroups(1);
        // The parent's group stands; the stranger's event is recorded all the same.
        assertThat(service.record(STRANGER, goodwill(STRANGER, EventSubject.customer(STRANGERS_CUSTOMER), "stranger-1", "1")))
                .isInstanceOf(RecordOutcome.Recorded.class);
        firstGroupMayGo.countDown();
        outcomesOf(parents);
        assertThat(groups).containsExactly(List.of(PARENT, 1), List.of(STRANGER, 1));
    }

    @Test
    void when_a_group_fails_every_event_of_it_hears_so_and_the_next_group_is_recorded() throws Exception {
        var failing = new boolean[] {true};
        var service = grouping(200, (caller, drafts) -> {
            if (failing[0]) {
                failing[0] = false;
                throw new IllegalStateException("the store broke");
            }
            return alone.recordAll(caller, drafts);
        });
        var first = sendAll(service, List.of(ashas("broken-1", "1")));
        awaitGroups(1);
        var next = sendAll(service, List.of(ashas("after-1", "1"), ashas("after-2", "1")));
        awaitQueued(service, 2);
        firstGroupMayGo.countDown();

        assertThatThrownBy(() -> first.get(0).get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(outcomesOf(next)).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class));
    }

    @Test
    void sixteen_senders_of_two_hundred_events_three_times_each_record_exactly_two_hundred() throws Exception {
        // The first two groups stand until the other fourteen senders queue behind them, so that some events are
        // surely recorded together, however fast this machine writes a group or slow it readies an event.
        var twoGroupsMayGo = new CountDownLatch(1);
        var service = grouping(200, 2, (caller, drafts) -> {
            TillsAtOnce.await(twoGroupsMayGo);
            return alone.recordAll(caller, drafts);
        });
        firstGroupMayGo.countDown();
        var attempts = new ArrayList<EventDraft>();
        for (int i = 0; i < 200; i++) {
            for (int retry = 0; retry < 3; retry++) {
                attempts.add(ashas("sent-" + i, "1"));
            }
        }
        Collections.shuffle(attempts, new Random(16));
        var sent = sendAll(service, attempts);
        awaitGroups(2);
        awaitQueued(service, 14);
        twoGroupsMayGo.countDown();
        var outcomes = outcomesOf(sent);
        var recorded = outcomes.stream().map(outcome -> (RecordOutcome.Recorded) outcome).toList();
        assertThat(recorded.stream().filter(RecordOutcome.Recorded::created)).hasSize(200);
        assertThat(recorded.stream().map(RecordOutcome.Recorded::eventLogId).distinct()).hasSize(200);
        assertThat(groups.size()).as("fewer groups than events: some were recorded together").isLessThan(600);
    }

    private final TillsAtOnce senders = new TillsAtOnce();

    @AfterEach
    void stopSending() {
        firstGroupMayGo.countDown();
        senders.close();
    }

    private List<Future<RecordOutcome>> sendAll(GroupCommittedRecordingService service, List<EventDraft> drafts) {
        return senders.sendAll(recording(service, drafts));
    }

    /** Each draft's single recording in its org, to send from a till. */
    private static List<Callable<RecordOutcome>> recording(GroupCommittedRecordingService service, List<EventDraft> drafts) {
        return drafts.stream().<Callable<RecordOutcome>>map(draft -> () -> service.record(draft.org(), draft)).toList();
    }

    private static List<RecordOutcome> outcomesOf(List<Future<RecordOutcome>> sent) throws Exception {
        return TillsAtOnce.outcomesOf(sent);
    }

    private void awaitGroups(int count) throws InterruptedException {
        TillsAtOnce.eventually(groups::size, count);
    }

    /** Waits until {@code count} events queue behind the standing group: they are blocked, waiting their turn. */
    private void awaitQueued(GroupCommittedRecordingService service, int count) throws InterruptedException {
        TillsAtOnce.eventually(() -> service.waiting(PARENT), count);
    }
}

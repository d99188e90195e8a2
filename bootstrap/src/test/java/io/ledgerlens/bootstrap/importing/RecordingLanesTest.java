package io.ledgerlens.bootstrap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.web.recording.EventInputReader;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.application.service.RecordLedgerEventService;
import io.ledgerlens.bootstrap.demo.ScaleDataset;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Several writers at once, each customer's events still in the order they were given. */
class RecordingLanesTest {

    private static final OrgId ORG = OrgId.of(910_001);
    /** A draft on customer {@code customer}'s ledger that no fake recorder here builds. */
    private static EventDraft aDraftFor(long customer) {
        return new EventDraft(ORG, EventSubject.customer(CustomerId.of(customer)), id -> {
            throw new AssertionError("the fake recorder builds no events");
        });
    }

    private final List<Long> recordedLines = Collections.synchronizedList(new ArrayList<>());

    private RecordingLanes lanes(RecordLedgerEventUseCase recording, int writers, int batchSize) {
        return new RecordingLanes(recording, writers, batchSize, (lines, outcomes) -> recordedLines.addAll(lines));
    }

    @Test
    void every_return_of_a_generated_dataset_finds_its_purchase_when_four_writers_share_the_work() throws Exception {
        var dataset = new ScaleDataset(910_001, 3, 300, 42);
        var ledger = new InMemoryLedger();
        io.ledgerlens.application.contract.OrgTrees.register(ledger,
                dataset.orgsToCreate().toArray(io.ledgerlens.domain.org.Org[]::new));
        dataset.recordProfiles(new io.ledgerlens.application.service.RegisterCustomerService(ledger),
                new io.ledgerlens.application.service.FormUserGroupService(ledger));
        var outcomes = Collections.synchronizedList(new ArrayList<RecordOutcome>());
        var reader = new EventInputReader();
        try (var lanes = new RecordingLanes(new RecordLedgerEventService(ledger), 4, 7,
                (lines, results) -> outcomes.addAll(results))) {
            for (long n = 0; n < 3000; n++) {
                var event = dataset.event(n);
                var input = event.input();
                var org = dataset.org(event.orgIndex());
                lanes.submit(n, reader.read(org, input).fold(problems -> {
                    throw new AssertionError("a generated event is refused: " + problems);
                }, draft -> draft));
            }
            lanes.finish();
        }
        assertThat(outcomes).hasSize(3000).allMatch(RecordOutcome.Recorded.class::isInstance);
    }

    @Test
    void a_batch_the_database_refuses_once_is_recorded_on_the_second_try() throws Exception {
        var calls = new AtomicInteger();
        var flaky = recorder(() -> calls.getAndIncrement() == 0);
        try (var lanes = lanes(flaky, 2, 10)) {
            for (long line = 1; line <= 5; line++) {
                lanes.submit(line, aDraftFor(7));
            }
            lanes.finish();
            assertThat(lanes.stoppedAt()).isEmpty();
        }
        assertThat(recordedLines).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(calls).hasValue(2);
    }

    @Test
    void a_database_that_stays_away_stops_every_writer_at_the_earliest_batch_it_did_not_take() throws Exception {
        try (var lanes = lanes(recorder(() -> true), 2, 2)) {
            for (long line = 1; line <= 40 && !lanes.stopped(); line++) {
                lanes.submit(line, aDraftFor(line));
            }
            lanes.finish();
            assertThat(lanes.stopped()).isTrue();
            assertThat(lanes.stoppedAt()).hasValueSatisfying(line -> assertThat(line).isBetween(1L, 4L));
        }
        assertThat(recordedLines).isEmpty();
    }

    @Test
    void a_failing_writer_is_reported_and_never_leaves_the_reader_waiting() throws Exception {
        RecordLedgerEventUseCase broken = new RecordLedgerEventUseCase() {
            @Override
            public RecordOutcome record(OrgId caller, EventDraft draft) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RecordOutcome> recordAll(OrgId caller, List<EventDraft> drafts) {
                throw new IllegalArgumentException("a bug in the recorder");
            }
        };
        try (var lanes = lanes(broken, 1, 1)) {
            for (long line = 1; line <= 10; line++) {
                lanes.submit(line, aDraftFor(1));
            }
            assertThatThrownBy(lanes::finish).isInstanceOf(IllegalArgumentException.class).hasMessage("a bug in the recorder");
        }
    }

    /** Records every draft as a new event, or answers Unavailable while {@code away} says so. */
    private static RecordLedgerEventUseCase recorder(java.util.function.BooleanSupplier away) {
        var ids = new java.util.concurrent.atomic.AtomicLong();
        return new RecordLedgerEventUseCase() {
            @Override
            public RecordOutcome record(OrgId caller, EventDraft draft) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RecordOutcome> recordAll(OrgId caller, List<EventDraft> drafts) {
                if (away.getAsBoolean()) {
                    return Collections.nCopies(drafts.size(), new RecordOutcome.Unavailable());
                }
                return drafts.stream().<RecordOutcome>map(d -> new RecordOutcome.Recorded(EventLogId.of(ids.incrementAndGet()), true))
                        .toList();
            }
        };
    }
}

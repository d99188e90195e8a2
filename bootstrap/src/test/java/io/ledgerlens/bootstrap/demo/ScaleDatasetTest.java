package io.ledgerlens.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.web.recording.EventInput;
import io.ledgerlens.adapter.web.recording.EventInputParser;
import io.ledgerlens.adapter.web.recording.EventInputReader;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.event.EventName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScaleDatasetTest {

    private static List<String> lines(long seed, int events) {
        var dataset = new ScaleDataset(910_001, 3, 300, seed);
        var parser = new EventInputParser();
        var lines = new ArrayList<String>();
        for (long n = 0; n < events; n++) {
            lines.add(parser.write(dataset.event(n).input()));
        }
        return lines;
    }

    @Test
    void every_generated_event_is_one_the_write_api_accepts_as_it_is_written_to_file() {
        var dataset = new ScaleDataset(910_001, 3, 300, 42);
        var parser = new EventInputParser();
        var reader = new EventInputReader();
        var kinds = new HashSet<String>();
        for (long n = 0; n < 3000; n++) {
            var event = dataset.event(n);
            var read = reader.read(dataset.org(event.orgIndex()), parser.write(event.input()).getBytes(StandardCharsets.UTF_8));
            List<FieldProblem> problems = read.fold(refused -> refused, draft -> List.of());
            assertThat(problems).as("event %d: %s", n, event.input()).isEmpty();
            kinds.add(event.input().eventName());
        }
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.stream(EventName.values())
                .filter(EventName::hasExplodeDetail).map(EventName::wireName).collect(Collectors.toSet()));
    }

    @Test
    void every_generated_event_is_recorded_and_every_return_gives_back_a_bill_its_customer_bought() {
        var dataset = new ScaleDataset(910_001, 3, 300, 42);
        var ledger = new io.ledgerlens.application.fake.InMemoryLedger();
        io.ledgerlens.application.contract.OrgTrees.register(ledger,
                dataset.orgsToCreate().toArray(io.ledgerlens.domain.org.Org[]::new));
        dataset.recordProfiles(new io.ledgerlens.application.service.RegisterCustomerService(ledger),
                new io.ledgerlens.application.service.FormUserGroupService(ledger));
        var recording = new io.ledgerlens.application.service.RecordLedgerEventService(ledger);
        var reader = new EventInputReader();
        int returns = 0;
        for (long n = 0; n < 3000; n++) {
            var event = dataset.event(n);
            var org = dataset.org(event.orgIndex());
            var outcome = recording.record(org, reader.read(org, event.input()).fold(problems -> {
                throw new AssertionError("a generated event is refused: " + problems);
            }, draft -> draft));
            assertThat(outcome).as("event %d: %s", n, event.input())
                    .isInstanceOf(io.ledgerlens.application.port.in.recording.RecordOutcome.Recorded.class);
            returns += event.input().eventName().equals("ReturnBill") ? 1 : 0;
        }
        assertThat(returns).as("returns among 3,000 events").isGreaterThan(100);
    }

    @Test
    void the_same_seed_gives_the_same_dataset_and_another_seed_another() {
        assertThat(lines(7, 500)).isEqualTo(lines(7, 500));
        assertThat(lines(8, 500)).isNotEqualTo(lines(7, 500));
    }

    @Test
    void unique_ids_never_repeat_within_a_dataset() {
        var parser = new EventInputParser();
        var ids = lines(3, 2000).stream()
                .map(line -> parser.parse(line.getBytes(StandardCharsets.UTF_8)).fold(problem -> {
                    throw new AssertionError("a generated line is unreadable: " + problem);
                }, EventInput::uniqueId)).toList();
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }
}

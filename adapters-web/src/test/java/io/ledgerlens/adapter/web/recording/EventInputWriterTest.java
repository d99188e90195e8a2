package io.ledgerlens.adapter.web.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.detail.ManualAdjustmentDetail;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every event of the contract's world, written as the line that records it and read back, is the same event: what
 * an export writes, an import reads in as it was.
 */
class EventInputWriterTest {

    private final EventInputWriter writer = new EventInputWriter();
    private final EventInputReader reader = new EventInputReader();
    private final List<LedgerEvent> everyEvent = List.copyOf(
            LedgerWorld.recordedThrough(LedgerPorts.of(new InMemoryLedger())).everyRecorded().values());

    /**
     * The contract world records through the port, past the door's rules; the one event it records that the write API
     * refuses (a target awarding regular points, which the answer would not show) is the only one that may not read
     * back, and it is refused for that reason, never read back as something else.
     */
    @Test
    void every_recorded_event_reads_back_from_its_line_with_the_same_content() {
        var kinds = EnumSet.noneOf(EventName.class);
        var refused = new java.util.ArrayList<String>();
        for (var event : everyEvent) {
            var line = writer.line(event);
            var read = reader.read(event.orgId(), line.getBytes(StandardCharsets.UTF_8)).fold(
                    problems -> {
                        refused.add(event.name() + ": " + problems);
                        return null;
                    },
                    draft -> draft.withId(event.id()));
            if (read != null) {
                assertThat(EventFingerprint.of(read)).as(event.name() + " " + event.id() + "\n" + line)
                        .isEqualTo(EventFingerprint.of(event));
                kinds.add(event.name());
            }
        }
        assertThat(refused).allSatisfy(refusal -> assertThat(refusal).startsWith("TARGET_COMPLETED")
                .contains("a TargetCompleted awards PROMO or PROMISED points only"));
        assertThat(kinds).as("every kind of event reads back").containsAll(EnumSet.allOf(EventName.class).stream()
                .filter(EventName::hasExplodeDetail).filter(name -> name != EventName.TARGET_COMPLETED).toList());
        assertThat(everyEvent).as("an adjustment with the allocations it consumed is among them").anySatisfy(event ->
                assertThat(event.detail()).hasValueSatisfying(detail -> assertThat(detail)
                        .isInstanceOfSatisfying(ManualAdjustmentDetail.class, adjustment ->
                                assertThat(adjustment.breakup()).isNotEmpty())));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"target", "adjustment", "redemption", "purchase"})
    void an_event_recorded_through_the_api_reads_back_as_itself(String request) throws java.io.IOException {
        byte[] body;
        try (var in = getClass().getResourceAsStream("/requests/" + request + ".json")) {
            body = in.readAllBytes();
        }
        var org = LedgerWorld.PARENT;
        var recorded = reader.read(org, body).fold(problems -> {
            throw new AssertionError(problems);
        }, draft -> draft.withId(io.ledgerlens.domain.event.EventLogId.of(42)));
        var again = reader.read(org, writer.line(recorded).getBytes(StandardCharsets.UTF_8)).fold(problems -> {
            throw new AssertionError(problems);
        }, draft -> draft.withId(recorded.id()));
        assertThat(EventFingerprint.of(again)).isEqualTo(EventFingerprint.of(recorded));
    }

    @Test
    void a_changed_event_does_not_read_back_as_the_original() {
        var purchase = everyEvent.stream().filter(event -> event.bill().isPresent()).findFirst().orElseThrow();
        var line = writer.line(purchase).replace("\"billNumber\":\"", "\"billNumber\":\"X");
        var read = reader.read(purchase.orgId(), line.getBytes(StandardCharsets.UTF_8))
                .fold(problems -> null, draft -> draft.withId(purchase.id()));
        assertThat(read).isNotNull();
        assertThat(EventFingerprint.of(read)).as("the comparison can fail").isNotEqualTo(EventFingerprint.of(purchase));
    }
}

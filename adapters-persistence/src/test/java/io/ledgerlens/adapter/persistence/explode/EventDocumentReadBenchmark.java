package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.domain.testdata.LedgerEventBuilder.aPurchaseOfThreeLines;

import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.domain.event.EventName;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a purchase's document (V24) as explode does for each event it answers: with every section shown, and with
 * none (a bare explode, which shows a bill event's header alone). A purchase of three lines, each line and the bill
 * earning points, with custom fields, payment modes and a tier. Run by {@code bench/jmh.sh}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventDocumentReadBenchmark {

    private final String document = EventDocument.of(aPurchaseOfThreeLines().build());

    private final EventSections noSection = new EventSections(false, Set.of(), false, false, false);

    @Benchmark
    public Object everySection() {
        return EventDocument.read(document, EventName.TRANSACTION_ADD, SectionShape.ALL, EventSections.all());
    }

    @Benchmark
    public Object noSection() {
        return EventDocument.read(document, EventName.TRANSACTION_ADD, SectionShape.of(noSection, false), noSection);
    }
}

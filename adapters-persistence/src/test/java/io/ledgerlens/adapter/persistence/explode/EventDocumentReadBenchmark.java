package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.domain.testdata.LedgerEventBuilder.aPurchaseOfThreeLines;

import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.testdata.MicroBenchmark;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Reading a purchase's document (V24) as explode does for each event it answers: with every section shown, and with
 * none (a bare explode, which shows a bill event's header alone). A purchase of three lines, each line and the bill
 * earning points, with custom fields, payment modes and a tier. Run by {@code bench/jmh.sh}; not a test.
 */
public class EventDocumentReadBenchmark extends MicroBenchmark {

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

package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.domain.testdata.LedgerEventBuilder.aTransactionAdd;

import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.BillBuilder;
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

    private final String document = EventDocument.of(aTransactionAdd()
            .bill(BillBuilder.aBill().lineItems(
                    BillBuilder.aLineItem(1, Allocations.regular("10.0"), Allocations.promo("5.0")),
                    BillBuilder.aLineItem(2, Allocations.regular("12.5")),
                    BillBuilder.aLineItem(3, Allocations.regular("7.25"))))
            .customField("zone", "north").customField("channel", "app")
            .paidBy("CASH", "100.0").paidBy("CARD", "195.0")
            .slab(1, "Silver", 2649, true)
            .build());

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

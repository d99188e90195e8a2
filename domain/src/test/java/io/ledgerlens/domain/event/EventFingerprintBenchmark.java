package io.ledgerlens.domain.event;

import static io.ledgerlens.domain.testdata.LedgerEventBuilder.aPurchaseOfThreeLines;

import io.ledgerlens.domain.testdata.MicroBenchmark;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The fingerprint every event is given as it arrives (a till's retry is told from a reused unique id by it, and the
 * ledger's chain links it): a purchase of three lines, each line and the bill earning points, with custom fields,
 * payment modes and a tier, as tills send them. Run by {@code bench/jmh.sh}; not a test.
 */
public class EventFingerprintBenchmark extends MicroBenchmark {

    private final LedgerEvent purchase = aPurchaseOfThreeLines().build();

    /** The SHA-256 of its canonical text (what {@code EventDraft.fingerprint()} computes once per event). */
    @Benchmark
    public String fingerprint() {
        return EventFingerprint.of(purchase);
    }

    /** The canonical text alone, without the hash: the part made of reading the event's records. */
    @Benchmark
    public String canonicalText() {
        return new CanonicalText(true).add(purchase.bill()).add(purchase.allocations()).add(purchase.customFields())
                .add(purchase.paymentModes()).add(purchase.pointInTimeSlabs()).toString();
    }
}

package io.ledgerlens.adapter.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something another thread or instance makes true, failing when it is not true {@code within} a bound. */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration within, String what, BooleanSupplier condition) {
        var deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + within).isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

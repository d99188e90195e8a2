package io.ledgerlens.adapter.persistence.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Counts the statements jOOQ sends to the database: a round trip each. */
public final class StatementCounter implements ExecuteListener {

    private final AtomicInteger executed = new AtomicInteger();

    @Override
    public void executeStart(ExecuteContext ctx) {
        executed.incrementAndGet();
    }

    /** Runs {@code work} and returns how many statements it sent. */
    public int countDuring(Runnable work) {
        int before = executed.get();
        work.run();
        return executed.get() - before;
    }
}

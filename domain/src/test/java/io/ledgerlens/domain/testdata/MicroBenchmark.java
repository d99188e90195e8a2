package io.ledgerlens.domain.testdata;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How every JMH benchmark of the modules is run unless it says otherwise (JMH's class annotations are inherited):
 * the average time of one call in microseconds, five warm-up and five measured iterations of a second, one fork.
 * {@code bench/jmh.sh} overrides these from the command line ({@code JMH_ARGS}) and starts a new fork each round, so
 * the JVMs' own differences show between rounds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class MicroBenchmark {
}

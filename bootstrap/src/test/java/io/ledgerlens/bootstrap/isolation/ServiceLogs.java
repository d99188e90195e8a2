package io.ledgerlens.bootstrap.isolation;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the service writes to its log (slf4j-simple writes to standard error, and some libraries to standard
 * output) while a suite runs: both streams are copied here as well as passed on, so that a suite can read back
 * what an operator's log collector would have kept.
 */
final class ServiceLogs implements AutoCloseable {

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    private ServiceLogs() {
        System.setOut(new PrintStream(new Tee(originalOut, copy), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr, copy), true, StandardCharsets.UTF_8));
    }

    static ServiceLogs capture() {
        return new ServiceLogs();
    }

    /** Everything written so far. */
    String text() {
        synchronized (copy) {
            return copy.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream passedOn;
        private final ByteArrayOutputStream kept;

        Tee(OutputStream passedOn, ByteArrayOutputStream kept) {
            this.passedOn = passedOn;
            this.kept = kept;
        }

        @Override
        public void write(int b) {
            synchronized (kept) {
                kept.write(b);
            }
            writeOn(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (kept) {
                kept.write(bytes, offset, length);
            }
            writeOn(bytes, offset, length);
        }

        private void writeOn(byte[] bytes, int offset, int length) {
            try {
                passedOn.write(bytes, offset, length);
            } catch (java.io.IOException ignored) {
                // the console went away; the copy is what the test reads
            }
        }
    }
}

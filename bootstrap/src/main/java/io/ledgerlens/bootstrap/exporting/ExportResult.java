package io.ledgerlens.bootstrap.exporting;

import java.util.Objects;
import java.util.function.Function;

/** An export written (whatever it holds), or refused before anything was written, with the reason. */
public sealed interface ExportResult {

    record Written(ExportReport report) implements ExportResult {
        public Written {
            Objects.requireNonNull(report, "report");
        }
    }

    record Refused(String reason) implements ExportResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    default <R> R fold(Function<String, R> onRefused, Function<ExportReport, R> onWritten) {
        if (this instanceof Written written) {
            return onWritten.apply(written.report());
        }
        return onRefused.apply(((Refused) this).reason());
    }
}

package io.ledgerlens.bootstrap.exporting;

import java.util.Objects;
import java.util.function.Function;

/** An export written (whatever it holds), or refused before anything was written, with the reason. */
public sealed interface ExportResult {

    /**
     * The export file is whole, renamed from its partial file; it may hold events an import will not restore.
     *
     * @param report what was written, and the events an import will not restore as they are
     */
    record Written(ExportReport report) implements ExportResult {
        /**
         * Refuses a missing report.
         *
         * @param report what was written, and the events an import will not restore as they are
         */
        public Written {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * Nothing was written: the file exists, the org is unknown, or the partial file is another export's or not this
     * ledger's.
     *
     * @param reason what stopped it and what the operator can do, for the command line
     */
    record Refused(String reason) implements ExportResult {
        /**
         * Refuses a missing reason.
         *
         * @param reason what stopped it and what the operator can do, for the command line
         */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Gives the one function that fits this result what it carries.
     *
     * @param <R>       what both cases are turned into
     * @param onRefused applied to the reason an export was refused
     * @param onWritten applied to the report of one written
     * @return what the matching function gave
     */
    default <R> R fold(Function<String, R> onRefused, Function<ExportReport, R> onWritten) {
        if (this instanceof Written written) {
            return onWritten.apply(written.report());
        }
        return onRefused.apply(((Refused) this).reason());
    }
}

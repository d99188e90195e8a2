package io.ledgerlens.application.port.in.export;

import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;
import java.util.function.Function;

/** An org's ledger ready to be read out, or the org is not registered. */
public sealed interface ExportOutcome {

    /**
     * The org is registered: its ledger, to be read out as it is consumed.
     *
     * @param export the org's reference data, profiles and events
     */
    record Ready(LedgerExport export) implements ExportOutcome {
        /**
         * Refuses a missing export.
         *
         * @param export the org's reference data, profiles and events
         */
        public Ready {
            Objects.requireNonNull(export, "export");
        }
    }

    /**
     * No org is registered under the id asked for; nothing is read.
     *
     * @param org the id asked for
     */
    record UnknownOrg(OrgId org) implements ExportOutcome {
        /**
         * Refuses a missing org id.
         *
         * @param org the id asked for
         */
        public UnknownOrg {
            Objects.requireNonNull(org, "org");
        }
    }

    /**
     * Gives the one function that fits this outcome what it carries.
     *
     * @param <R>          what both cases are turned into
     * @param onUnknownOrg applied to the org id nobody registered
     * @param onReady      applied to the ledger ready to be read out
     * @return what the matching function gave
     */
    default <R> R fold(Function<OrgId, R> onUnknownOrg, Function<LedgerExport, R> onReady) {
        if (this instanceof Ready ready) {
            return onReady.apply(ready.export());
        }
        return onUnknownOrg.apply(((UnknownOrg) this).org());
    }
}

package io.ledgerlens.application.port.in.export;

import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;
import java.util.function.Function;

/** An org's ledger ready to be read out, or the org is not registered. */
public sealed interface ExportOutcome {

    record Ready(LedgerExport export) implements ExportOutcome {
        public Ready {
            Objects.requireNonNull(export, "export");
        }
    }

    record UnknownOrg(OrgId org) implements ExportOutcome {
        public UnknownOrg {
            Objects.requireNonNull(org, "org");
        }
    }

    default <R> R fold(Function<OrgId, R> onUnknownOrg, Function<LedgerExport, R> onReady) {
        if (this instanceof Ready ready) {
            return onReady.apply(ready.export());
        }
        return onUnknownOrg.apply(((UnknownOrg) this).org());
    }
}

package io.ledgerlens.application.port.in.export;

import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;
import java.util.function.Function;

/** An org's ledger ready to be read out, or why not: the org is not registered, or an event named is not its own. */
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
     * The export was to start (or end) at an event the org did not record: an export follows the org's order of
     * record, and an id that is none of its events has no place in it. Nothing is read.
     *
     * @param org   the org asked for, registered
     * @param event the event id that is not one of its events
     */
    record UnknownEvent(OrgId org, EventLogId event) implements ExportOutcome {
        /**
         * Refuses a missing org or event id.
         *
         * @param org   the org asked for, registered
         * @param event the event id that is not one of its events
         */
        public UnknownEvent {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * Gives the one function that fits this outcome what it carries.
     *
     * @param <R>            what every case is turned into
     * @param onUnknownOrg   applied to the org id nobody registered
     * @param onUnknownEvent applied to the event id the org did not record
     * @param onReady        applied to the ledger ready to be read out
     * @return what the matching function gave
     */
    default <R> R fold(Function<OrgId, R> onUnknownOrg, Function<EventLogId, R> onUnknownEvent,
                       Function<LedgerExport, R> onReady) {
        if (this instanceof Ready ready) {
            return onReady.apply(ready.export());
        }
        if (this instanceof UnknownEvent unknown) {
            return onUnknownEvent.apply(unknown.event());
        }
        return onUnknownOrg.apply(((UnknownOrg) this).org());
    }
}

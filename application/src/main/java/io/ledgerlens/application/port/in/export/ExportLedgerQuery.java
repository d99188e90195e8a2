package io.ledgerlens.application.port.in.export;

import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import java.util.Optional;

/**
 * Reads an org's whole ledger out, for a backup or a move to another database: what a copy must register first
 * (reference data, customers, user groups) and then its events in the order they were recorded. The operator's:
 * it reads one org, named by the caller, with no credential of that org.
 */
public interface ExportLedgerQuery {

    /**
     * {@code org}'s ledger, with the events recorded after event {@code sinceEventId} (0: all of them) and up to the
     * latest recorded now, so that an export has a fixed end however long it takes; or {@link ExportOutcome.UnknownOrg},
     * or {@link ExportOutcome.UnknownEvent} when {@code sinceEventId} is none of the org's events. "After" is in the
     * order the events were recorded, not of their ids, so that an export since the last one's end misses nothing
     * that committed late.
     *
     * @param org          the org to read out
     * @param sinceEventId the last event a copy already holds; 0 for all of them
     * @return the ledger ready to be read, or that the org is not registered
     */
    ExportOutcome export(OrgId org, long sinceEventId);

    /**
     * The rest of an export that was interrupted: {@code org}'s events after {@code afterEventId} up to the
     * {@code upToEventId} the export began with (so that every event it holds names a profile it holds), with its
     * reference data and profiles as they are now.
     *
     * @param org          the org whose export was interrupted
     * @param afterEventId the last event the interrupted export's file holds
     * @param upToEventId  the last event the interrupted export was to give
     * @return the rest of the ledger ready to be read, or that the org is not registered or either event is not its own
     */
    ExportOutcome resume(OrgId org, long afterEventId, long upToEventId);

    /**
     * {@code org}'s event recorded under {@code uniqueId}, whole: where an interrupted export's file ends, to be
     * compared with the file's last line.
     *
     * @param org      the org whose ledger is searched, and no other
     * @param uniqueId the unique id of the last event the file holds
     * @return the event as the ledger holds it now; empty when the org recorded no event under it
     */
    Optional<LedgerEvent> eventWithUniqueId(OrgId org, String uniqueId);
}

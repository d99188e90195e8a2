package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.export.ExportLedgerQuery;
import io.ledgerlens.application.port.in.export.ExportOutcome;
import io.ledgerlens.application.port.in.export.LedgerExport;
import io.ledgerlens.application.port.out.export.LedgerExportPort;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Reads an org's ledger out a page at a time. The events' end is fixed when the export starts, before the profiles
 * are read: every event exported then names a customer or group the export holds (a profile is registered before
 * its events), and events recorded meanwhile are the next export's ({@code --since} the last one exported).
 */
public final class ExportLedgerService implements ExportLedgerQuery {

    /** Rows per read: big enough that a round trip is cheap per row, small enough that a page is never a burden. */
    static final int PAGE = 1_000;

    private final LedgerExportPort ledger;

    /**
     * A service that reads orgs out of {@code ledger}, a page at a time.
     *
     * @param ledger the store an org's ledger is read out of, one org at a time
     */
    public ExportLedgerService(LedgerExportPort ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public ExportOutcome export(OrgId org, long sinceEventId) {
        return exportOf(org, sinceEventId, Long.MAX_VALUE);
    }

    @Override
    public ExportOutcome resume(OrgId org, long afterEventId, long upToEventId) {
        return exportOf(org, afterEventId, upToEventId);
    }

    private ExportOutcome exportOf(OrgId org, long sinceEventId, long atMostUpTo) {
        if (sinceEventId < 0) {
            throw new IllegalArgumentException("an export starts after event 0 (all events) or a later one");
        }
        var found = ledger.org(org);
        if (found.isEmpty()) {
            return new ExportOutcome.UnknownOrg(org);
        }
        var upTo = Math.max(sinceEventId, Math.min(atMostUpTo, ledger.lastEventId(org)));
        var count = ledger.countEvents(org, sinceEventId, upTo);
        return new ExportOutcome.Ready(new LedgerExport(found.get(), ledger.referenceDataOf(org), sinceEventId, upTo, count,
                () -> keyset(after -> ledger.customersAfter(org, after, PAGE), customer -> customer.id().value(), 0),
                () -> keyset(after -> ledger.userGroupsAfter(org, after, PAGE), group -> group.id().value(), 0),
                () -> keyset(after -> ledger.eventsAfter(org, after, upTo, PAGE), event -> event.id().value(), sinceEventId)));
    }

    @Override
    public Optional<EventLogId> eventWithUniqueId(OrgId org, String uniqueId) {
        return ledger.eventWithUniqueId(org, uniqueId);
    }

    /**
     * Every row {@code pageAfter} gives, a page at a time, each page read after the last key of the one before, and
     * only when the stream reaches it; a short page is the last.
     */
    static <T> Stream<T> keyset(LongFunction<List<T>> pageAfter, ToLongFunction<T> keyOf, long start) {
        return Stream.iterate(pageAfter.apply(start), page -> !page.isEmpty(),
                        page -> page.size() < PAGE ? List.<T>of() : pageAfter.apply(keyOf.applyAsLong(page.get(page.size() - 1))))
                .flatMap(List::stream);
    }
}

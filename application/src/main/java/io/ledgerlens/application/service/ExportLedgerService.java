package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.export.ExportLedgerQuery;
import io.ledgerlens.application.port.in.export.ExportOutcome;
import io.ledgerlens.application.port.in.export.LedgerExport;
import io.ledgerlens.application.port.out.export.LedgerExportPort;
import io.ledgerlens.application.port.out.export.PlacedEvent;
import io.ledgerlens.application.port.out.export.RecordedPlace;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads an org's ledger out a page at a time. The events' end is fixed when the export starts, before the profiles
 * are read: every event exported then names a customer or group the export holds (a profile is registered before
 * its events), and events recorded meanwhile are the next export's ({@code --since} the last one exported). Events
 * are read in their org's order of record ({@link RecordedPlace}), not by id, so that an event that committed after
 * one with a higher id is in the next export and not lost between two.
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
        if (sinceEventId < 0) {
            throw new IllegalArgumentException("an export starts after event 0 (all events) or a later one");
        }
        var found = ledger.org(org);
        if (found.isEmpty()) {
            return new ExportOutcome.UnknownOrg(org);
        }
        var since = placeOf(org, sinceEventId);
        if (since.isEmpty()) {
            return new ExportOutcome.UnknownEvent(org, EventLogId.of(sinceEventId));
        }
        return exportOf(found.get(), sinceEventId, since.get(), ledger.lastPlace(org));
    }

    @Override
    public ExportOutcome resume(OrgId org, long afterEventId, long upToEventId) {
        var found = ledger.org(org);
        if (found.isEmpty()) {
            return new ExportOutcome.UnknownOrg(org);
        }
        var after = placeOf(org, afterEventId);
        var upTo = placeOf(org, upToEventId);
        if (after.isEmpty() || upTo.isEmpty()) {
            return new ExportOutcome.UnknownEvent(org, EventLogId.of(after.isEmpty() ? afterEventId : upToEventId));
        }
        return exportOf(found.get(), afterEventId, after.get(), upTo.get());
    }

    /** Event 0 is the start of the org's order of record; any other is found where it stands, if it is the org's. */
    private Optional<RecordedPlace> placeOf(OrgId org, long eventId) {
        return eventId == 0 ? Optional.of(RecordedPlace.START) : ledger.placeOf(org, EventLogId.of(eventId));
    }

    /** The org's ledger after {@code since}, up to {@code last} (or to nothing, when {@code last} is not after it). */
    private ExportOutcome exportOf(Org found, long sinceEventId, RecordedPlace since, RecordedPlace last) {
        var org = found.id();
        var upTo = last.compareTo(since) > 0 ? last : since;
        var count = upTo.equals(since) ? 0 : ledger.countEvents(org, since, upTo);
        return new ExportOutcome.Ready(new LedgerExport(found, ledger.referenceDataOf(org), sinceEventId,
                upTo.eventId(), count,
                () -> keyset(after -> ledger.customersAfter(org, after, PAGE), customer -> customer.id().value(), 0L),
                () -> keyset(after -> ledger.userGroupsAfter(org, after, PAGE), group -> group.id().value(), 0L),
                () -> keyset(after -> ledger.eventsAfter(org, after, upTo, PAGE), PlacedEvent::place, since)
                        .map(PlacedEvent::event)));
    }

    @Override
    public Optional<LedgerEvent> eventWithUniqueId(OrgId org, String uniqueId) {
        return ledger.eventWithUniqueId(org, uniqueId).map(PlacedEvent::event);
    }

    /**
     * Every row {@code pageAfter} gives, a page at a time, each page read after the last key of the one before, and
     * only when the stream reaches it; a short page is the last.
     */
    static <T, K> Stream<T> keyset(Function<K, List<T>> pageAfter, Function<T, K> keyOf, K start) {
        return Stream.iterate(pageAfter.apply(start), page -> !page.isEmpty(),
                        page -> page.size() < PAGE ? List.<T>of() : pageAfter.apply(keyOf.apply(page.get(page.size() - 1))))
                .flatMap(List::stream);
    }
}

package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.function.Function;

/**
 * Appends events to an org's ledger as one unit of work: what {@code work} appends through the
 * {@link LedgerEventRepository} is committed together when it returns, and nothing of it if it throws (a
 * {@link LedgerRefusedException} when the store refuses a value, naming the part it refused, not the event).
 * The adapter supplies the transaction, the locks, the tenant fence and the org's hash chain; the caller decides
 * what to append. Events are appended, never changed.
 */
public interface RecordLedgerPort {

    /**
     * A fresh id for an event about to be appended.
     *
     * @return an id no event has and no other call is given
     */
    EventLogId nextEventLogId();

    /**
     * {@code count} fresh ids at once, for a batch of events.
     *
     * @param count how many events are about to be appended
     * @return that many distinct ids, each one no event has and no other call is given
     */
    List<EventLogId> nextEventLogIds(int count);

    /**
     * Runs {@code work} as one transaction over {@code org}'s ledger, seeing nothing of another org's.
     *
     * @param <T>  what the work decides
     * @param org  the org whose ledger is appended to
     * @param work what to read and append, through the repository it is given
     * @return what {@code work} returned, once what it appended is committed
     */
    <T> T inLedgerOf(OrgId org, Function<LedgerEventRepository, T> work);
}

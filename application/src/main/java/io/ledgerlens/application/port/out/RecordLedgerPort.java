package io.ledgerlens.application.port.out;

import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.group.UserGroup;

/**
 * Writes the ledger: customers, user groups and events (orgs are the operator's: OrgTreePort). Events are
 * appended, never changed, and appended once per unique id. Reference data an event names (programs,
 * categories, strategies, promotions, currencies) is registered on first use.
 */
public interface RecordLedgerPort {

    void save(Customer customer);

    void save(UserGroup group);

    /** A fresh id for an event about to be appended. */
    EventLogId nextEventLogId();

    /** {@code count} fresh ids at once, for a batch of events. */
    java.util.List<EventLogId> nextEventLogIds(int count);

    /**
     * Appends {@code event} whole ({@link LedgerRefusedException} if the store refuses a value of it), or nothing if
     * an event with its unique id
     * is already in its org. Safe under concurrency: of simultaneous appends
     * of one unique id, exactly one is recorded. A return ({@code ReturnBill})
     * is appended only if it gives back no more than its bill bought, less the
     * returns recorded before it ({@link io.ledgerlens.domain.event.ReturnableBill});
     * simultaneous returns of one bill are checked one after the other.
     */
    AppendOutcome append(LedgerEvent event);

    /**
     * Appends each of {@code events} as {@link #append} would, in one
     * transaction, and says what happened to each, in order. A unique id
     * repeated within the batch is recorded once. If the store refuses a value
     * of any of them, nothing is written and {@link LedgerRefusedException} says
     * which part it refused, not of which event.
     */
    java.util.List<AppendOutcome> appendAll(java.util.List<LedgerEvent> events);
}

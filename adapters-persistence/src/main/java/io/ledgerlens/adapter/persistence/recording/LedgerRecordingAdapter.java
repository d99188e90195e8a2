package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Sequences.EVENT_LOG_ID_SEQ;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.select;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER_IDENTIFIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP_MEMBER;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.AppendOutcome;
import io.ledgerlens.application.port.out.RecordLedgerPort;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import io.ledgerlens.domain.event.ReturnableBill;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes orgs, customers, groups and events. Each call is one transaction:
 * an event is recorded whole (with its bill, line items, allocations and
 * fields) or not at all.
 */
public final class LedgerRecordingAdapter implements RecordLedgerPort {

    private final LedgerStore store;
    private final LedgerStatistics statistics;

    public LedgerRecordingAdapter(LedgerStore store) {
        this.store = store;
        this.statistics = new LedgerStatistics(store);
    }

    @Override
    public void save(Customer customer) {
        store.write(TenantFence.of(customer.orgId()), dsl -> {
            dsl.insertInto(CUSTOMER, CUSTOMER.CUSTOMER_ID, CUSTOMER.ORG_ID, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME)
                    .values(customer.id().value(), customer.orgId().value(), customer.firstName(), customer.lastName())
                    .onConflict(CUSTOMER.CUSTOMER_ID).doUpdate()
                    .set(CUSTOMER.FIRST_NAME, customer.firstName())
                    .set(CUSTOMER.LAST_NAME, customer.lastName())
                    .execute();
            for (var identifier : customer.identifiers()) {
                dsl.insertInto(CUSTOMER_IDENTIFIER, CUSTOMER_IDENTIFIER.ORG_ID, CUSTOMER_IDENTIFIER.CUSTOMER_ID,
                                CUSTOMER_IDENTIFIER.IDENTIFIER_NAME, CUSTOMER_IDENTIFIER.IDENTIFIER_VALUE,
                                CUSTOMER_IDENTIFIER.SOURCE, CUSTOMER_IDENTIFIER.ACCOUNT_ID)
                        .values(customer.orgId().value(), customer.id().value(), identifier.name().name(),
                                identifier.value(), identifier.source().name(), identifier.account().value())
                        .onConflictDoNothing()
                        .execute();
            }
            return null;
        });
    }

    @Override
    public void save(UserGroup group) {
        store.write(TenantFence.of(group.orgId()), dsl -> {
            dsl.insertInto(USER_GROUP, USER_GROUP.USER_GROUP_ID, USER_GROUP.ORG_ID, USER_GROUP.EXTERNAL_ID, USER_GROUP.NAME)
                    .values(group.id().value(), group.orgId().value(), group.externalId(), group.name())
                    .onConflict(USER_GROUP.USER_GROUP_ID).doUpdate()
                    .set(USER_GROUP.NAME, group.name())
                    .execute();
            dsl.deleteFrom(USER_GROUP_MEMBER).where(USER_GROUP_MEMBER.USER_GROUP_ID.eq(group.id().value())).execute();
            for (var member : group.members()) {
                dsl.insertInto(USER_GROUP_MEMBER, USER_GROUP_MEMBER.ORG_ID, USER_GROUP_MEMBER.USER_GROUP_ID,
                                USER_GROUP_MEMBER.CUSTOMER_ID, USER_GROUP_MEMBER.IS_PRIMARY)
                        .values(group.orgId().value(), group.id().value(), member.value(), member.equals(group.primaryMember()))
                        .execute();
            }
            return null;
        });
    }

    @Override
    public EventLogId nextEventLogId() {
        return nextEventLogIds(1).get(0);
    }

    @Override
    public List<EventLogId> nextEventLogIds(int count) {
        // A sequence holds no tenant's rows: no fence, and one round trip.
        return store.fetch(TenantFence.none(), select(EVENT_LOG_ID_SEQ.nextval()).from(generateSeries(1, count)),
                r -> EventLogId.of(r.value1()));
    }

    @Override
    public AppendOutcome append(LedgerEvent event) {
        var fingerprint = EventFingerprint.of(event);
        var returned = ReturnableBills.BillKey.returnedBy(event);
        try {
            return store.write(TenantFence.of(event.orgId()), dsl -> {
                // A return waits here for any other return of its bill to commit, then sees it below.
                returned.ifPresent(key -> ReturnableBills.lock(dsl, List.of(key)));
                // The unique id's constraint decides between concurrent duplicates: the loser inserts nothing here
                // and, once the winner has committed, reads the winner's event below.
                var subject = event.subject();
                var inserted = dsl.insertInto(LEDGER_EVENT, LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_NAME,
                                LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID, LEDGER_EVENT.EVENT_REFERENCE_ID,
                                LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.TILL_ID, LEDGER_EVENT.CONTENT_FINGERPRINT)
                        .values(event.id().value(), event.orgId().value(), event.name().wireName(),
                                subject instanceof EventSubject.OfCustomer c ? c.customerId().value() : null,
                                subject instanceof EventSubject.OfUserGroup g ? g.userGroupId().value() : null,
                                event.referenceId(), event.uniqueId(), event.eventTime(), event.tillId(), fingerprint)
                        .onConflict(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.UNIQUE_ID).doNothing().execute();
                if (inserted == 0) {
                    var earlier = dsl.select(LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.CONTENT_FINGERPRINT).from(LEDGER_EVENT)
                            .where(LEDGER_EVENT.ORG_ID.eq(event.orgId().value())).and(LEDGER_EVENT.UNIQUE_ID.eq(event.uniqueId()))
                            .fetchSingle();
                    return new AppendOutcome.AlreadyRecorded(EventLogId.of(earlier.value1()),
                            EventFingerprint.sameContent(event, fingerprint, earlier.value2()));
                }
                if (returned.isPresent()) {
                    // The return's own row is in, its bill not yet: what is loaded is everything before it.
                    var excess = ReturnableBills.load(dsl, returned.stream().toList()).get(returned.get())
                            .excessOf(event.bill().orElseThrow());
                    if (!excess.isEmpty()) {
                        throw new ReturnRefused(new AppendOutcome.ReturnBeyondPurchase(event.id(), excess));
                    }
                }
                EventRows.insertParts(dsl, List.of(event));
                LedgerChainRows.extend(dsl, List.of(event), Map.of(event.id(), fingerprint));
                return new AppendOutcome.Appended(event.id());
            });
        } catch (ReturnRefused refused) {
            return refused.outcome;
        }
    }

    /** Rolls back the append of a return that asks too much: its event row is already in. */
    private static final class ReturnRefused extends RuntimeException {
        private final transient AppendOutcome outcome;

        ReturnRefused(AppendOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /**
     * Appends many events in one transaction and few round trips: the unique
     * ids already recorded are looked up in one statement, and the rows of
     * the new events are sent table by table as multi-row inserts. A concurrent
     * writer of one of the same unique ids makes the whole call fail (the
     * constraint holds); calling again then reports that event as recorded.
     */
    @Override
    public List<AppendOutcome> appendAll(List<LedgerEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        var outcomes = appendAllInOneTransaction(events);
        statistics.afterWriting(outcomes.stream().filter(AppendOutcome.Appended.class::isInstance).count());
        return outcomes;
    }

    private List<AppendOutcome> appendAllInOneTransaction(List<LedgerEvent> events) {
        return store.write(TenantFence.of(events.stream().map(LedgerEvent::orgId).toList()), dsl -> {
            var returnedBills = events.stream().map(ReturnableBills.BillKey::returnedBy).flatMap(Optional::stream)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            ReturnableBills.lock(dsl, returnedBills);
            var returnable = ReturnableBills.load(dsl, returnedBills);
            var recorded = new HashMap<String, Map.Entry<EventLogId, String>>();
            events.stream().collect(Collectors.groupingBy(e -> e.orgId().value(),
                    Collectors.mapping(LedgerEvent::uniqueId, Collectors.toSet()))).forEach((org, uniqueIds) ->
                    dsl.select(LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.CONTENT_FINGERPRINT)
                            .from(LEDGER_EVENT)
                            // One array bind, not a thousand: planning an IN list of every id cost 17 ms a batch.
                            .where(LEDGER_EVENT.ORG_ID.eq(org))
                            .and(LEDGER_EVENT.UNIQUE_ID.eq(any(uniqueIds.toArray(String[]::new))))
                            .forEach(r -> recorded.put(org + "/" + r.value1(), Map.entry(EventLogId.of(r.value2()), r.value3()))));
            var outcomes = new ArrayList<AppendOutcome>();
            var fresh = new ArrayList<LedgerEvent>();
            var fingerprints = new HashMap<EventLogId, String>();
            for (var event : events) {
                var key = event.orgId().value() + "/" + event.uniqueId();
                var fingerprint = EventFingerprint.of(event);
                var earlier = recorded.get(key);
                if (earlier != null) {
                    outcomes.add(new AppendOutcome.AlreadyRecorded(earlier.getKey(),
                            EventFingerprint.sameContent(event, fingerprint, earlier.getValue())));
                    continue;
                }
                var refused = refusedReturn(event, returnable);
                if (refused.isPresent()) {
                    outcomes.add(refused.get());
                    continue;
                }
                recorded.put(key, Map.entry(event.id(), fingerprint));
                fingerprints.put(event.id(), fingerprint);
                fresh.add(event);
                outcomes.add(new AppendOutcome.Appended(event.id()));
            }
            EventRows.events(fresh, fingerprints).insert(dsl);
            EventRows.insertParts(dsl, fresh);
            LedgerChainRows.extend(dsl, fresh, fingerprints);
            return outcomes;
        });
    }

    /**
     * Checks a return of the batch against its bill as the ledger and the batch's
     * events before it leave it, and counts what this event buys or returns.
     */
    private static Optional<AppendOutcome> refusedReturn(LedgerEvent event,
                                                         Map<ReturnableBills.BillKey, ReturnableBill> returnable) {
        var bill = event.bill();
        var returned = ReturnableBills.BillKey.returnedBy(event);
        if (returned.isPresent()) {
            var excess = returnable.get(returned.get()).excessOf(bill.orElseThrow());
            if (!excess.isEmpty()) {
                return Optional.of(new AppendOutcome.ReturnBeyondPurchase(event.id(), excess));
            }
            returnable.computeIfPresent(returned.get(), (k, before) -> before.withReturn(bill.orElseThrow()));
        }
        ReturnableBills.BillKey.boughtBy(event).ifPresent(bought ->
                returnable.computeIfPresent(bought, (k, before) -> before.withPurchase(bill.orElseThrow())));
        return Optional.empty();
    }
}

package io.ledgerlens.adapter.persistence.recording;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.ReturnableBill;
import io.ledgerlens.domain.group.UserGroupId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads what returns are checked against: for each (org, subject, bill
 * number), what the subject bought under that number and what it has
 * returned of it. Callers first {@link #lock} the bills, so that two
 * returns of one bill are checked one after the other, each seeing the
 * other once it is committed.
 */
final class ReturnableBills {

    /** One customer's or group's bill number in one org. */
    record BillKey(long org, EventSubject subject, String billNumber) {
        BillKey {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(billNumber, "billNumber");
        }

        /** The advisory lock of the bill number in its org (whoever's it is: coarser than the key, never finer). */
        long lockId() {
            try {
                var digest = MessageDigest.getInstance("SHA-256")
                        .digest((org + "/" + billNumber).getBytes(StandardCharsets.UTF_8));
                return ByteBuffer.wrap(digest).getLong();
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every JVM has SHA-256", impossible);
            }
        }
    }

    /** The bills' locks, in the order given. */
    private static final String LOCK = "select pg_advisory_xact_lock(id) from unnest(?::int8[]) with ordinality as t(id, n) order by n";
    /**
     * The two reads, what was bought under the numbers and what was returned of them (org, customer, group, event,
     * number, amount, item, quantity), each bound to the numbers, the org and the return's event name; the planner
     * settings they run under, set before them and restored after, so the statements after them are planned as before
     * (the settings in force before are kept in the transaction's own settings: the inner select runs first, {@code
     * offset 0} keeps it a subquery). Every join names the org, as the keys do (V23): on Citus a join on the event
     * alone is refused ("complex joins are only supported when all distributed tables are co-located and joined on
     * their distribution columns").
     *
     * @param plannedSo       sets the planner settings the reads run under, keeping each one's value before in
     *                        {@code ledgerlens.NAME_before}
     * @param purchases       what was bought under the numbers
     * @param returns         what was returned of them
     * @param plannedAsBefore restores what {@code plannedSo} changed
     */
    record Reads(String plannedSo, String purchases, String returns, String plannedAsBefore) {

        /**
         * On one PostgreSQL: generic plans, made once per connection. Planned for their values every time, the two
         * reads cost 0.4 ms of planning each for a group with a return (the planner probes the bills' index for its
         * histogram's ends), 7% of PostgreSQL's CPU under sixteen tills, on the thread every other event of the org
         * waits for (measured with {@code perf} and the statement log, 2026-12-07; 0.06 ms each on generic plans). A
         * generic plan cannot see how selective the numbers are; left to choose, it scanned the whole bill table
         * (seen with {@code auto_explain} under load: 4–5 ms a group at 20,000 bills, growing with the ledger until
         * its next analyse) or the org's events, and with scans ruled out it walked a whole index instead
         * ({@code ReturnCheckPlansTest}). So lateral subqueries fix the order (numbers, then bills, then each bill's
         * event and lines), and with sequential scans ruled out each step is an index lookup, by the bills' own index
         * once the ledger has been analysed with more than a few dozen bills (below that the bills' primary key may
         * be walked for the org: a page or two, until the analyse after the first 1,000 events remakes the plan).
         */
        static final Reads ON_POSTGRESQL = under(
                List.of(new PlannerSetting("plan_cache_mode", "force_generic_plan"), new PlannerSetting("enable_seqscan", "off")),
                "select e.org_id, e.customer_id, e.user_group_id, b.event_log_id, b.bill_number,"
                        + " b.bill_amount, l.item_code, l.qty from unnest(?::varchar[]) as n(bill_number)"
                        + " cross join lateral (select b.org_id, b.event_log_id, b.bill_number, b.bill_amount from bill b"
                        + " where b.org_id = ? and b.bill_number = n.bill_number offset 0) b"
                        + " cross join lateral (select e.org_id, e.customer_id, e.user_group_id from ledger_event e"
                        + " where e.org_id = b.org_id and e.event_log_id = b.event_log_id and e.event_name <> ? offset 0) e"
                        + " left join lateral (select l.item_code, l.qty from line_item l"
                        + " where l.org_id = b.org_id and l.event_log_id = b.event_log_id offset 0) l on true",
                "select e.org_id, e.customer_id, e.user_group_id, b.event_log_id, b.return_bill_id,"
                        + " b.return_amount, l.item_code, l.return_qty from unnest(?::varchar[]) as n(bill_number)"
                        + " cross join lateral (select b.org_id, b.event_log_id, b.return_bill_id, b.return_amount from bill b"
                        + " where b.org_id = ? and b.return_bill_id = n.bill_number offset 0) b"
                        + " cross join lateral (select e.org_id, e.customer_id, e.user_group_id from ledger_event e"
                        + " where e.org_id = b.org_id and e.event_log_id = b.event_log_id and e.event_name = ? offset 0) e"
                        + " left join lateral (select l.item_code, l.return_qty from line_item l"
                        + " where l.org_id = b.org_id and l.event_log_id = b.event_log_id and l.return_qty is not null"
                        + " offset 0) l on true");

        /**
         * On Citus: joins, planned for their values every time, as before. Citus makes no distributed plan of the
         * lateral reads, and its router planner prunes to the org's shard by the values it is given.
         */
        static final Reads ON_CITUS = under(List.of(new PlannerSetting("plan_cache_mode", "force_custom_plan")),
                "select e.org_id, e.customer_id, e.user_group_id, b.event_log_id, b.bill_number,"
                        + " b.bill_amount, l.item_code, l.qty from bill b"
                        + " join ledger_event e on e.org_id = b.org_id and e.event_log_id = b.event_log_id"
                        + " left join line_item l on l.org_id = b.org_id and l.event_log_id = b.event_log_id"
                        + " where b.bill_number = any(?::varchar[]) and b.org_id = ? and e.event_name <> ?",
                "select e.org_id, e.customer_id, e.user_group_id, b.event_log_id, b.return_bill_id,"
                        + " b.return_amount, l.item_code, l.return_qty from bill b"
                        + " join ledger_event e on e.org_id = b.org_id and e.event_log_id = b.event_log_id"
                        + " left join line_item l on l.org_id = b.org_id and l.event_log_id = b.event_log_id"
                        + " and l.return_qty is not null"
                        + " where b.return_bill_id = any(?::varchar[]) and b.org_id = ? and e.event_name = ?");

        static Reads on(DatabaseKind kind) {
            return kind == DatabaseKind.CITUS ? ON_CITUS : ON_POSTGRESQL;
        }

        /** The reads under {@code settings}: the statements that set and restore them, rendered once. */
        private static Reads under(List<PlannerSetting> settings, String purchases, String returns) {
            var plannedSo = "select " + settings.stream()
                    .map(setting -> "set_config('" + setting.name() + "', '" + setting.value() + "', true)")
                    .collect(Collectors.joining(", "))
                    + " from (select " + settings.stream()
                    .map(setting -> "set_config('ledgerlens." + setting.name() + "_before', current_setting('"
                            + setting.name() + "'), true)")
                    .collect(Collectors.joining(", "))
                    + " offset 0) as before";
            var plannedAsBefore = "select " + settings.stream()
                    .map(setting -> "set_config('" + setting.name() + "', current_setting('ledgerlens." + setting.name()
                            + "_before'), true)")
                    .collect(Collectors.joining(", "));
            return new Reads(plannedSo, purchases, returns, plannedAsBefore);
        }
    }

    /**
     * A planner setting the two reads run under, and its value then.
     *
     * @param name  the setting's name
     * @param value its value while the reads run
     */
    private record PlannerSetting(String name, String value) {
    }

    private ReturnableBills() {
    }

    /**
     * Queues in {@code pipeline} the transaction's advisory lock on each bill, in one order for every writer (so two
     * writers never wait on each other in a circle); then the reads of what each key's subject bought and returned, as
     * the ledger holds it once the locks are held. Statements whose texts never change (so each is parsed once per
     * connection; the reads planned as {@link Reads} says for {@code kind}): rendered by jOOQ and sent one by one, they
     * were three round trips and two plans per group of single events, on the thread every other event of the org
     * waits for.
     *
     * @return what reads the answers once the pipeline is sent
     */
    static Queued queue(Pipeline pipeline, Collection<BillKey> keys, DatabaseKind kind) {
        if (keys.isEmpty()) {
            return new Queued(keys, -1);
        }
        var locks = keys.stream().map(BillKey::lockId).distinct().sorted().toArray(Long[]::new);
        var org = keys.iterator().next().org();
        if (keys.stream().anyMatch(key -> key.org() != org)) {
            throw new IllegalArgumentException("the bills of one unit of work are of one org");
        }
        var numbers = new Pipeline.SqlArray("varchar", keys.stream().map(BillKey::billNumber).distinct().toArray(String[]::new));
        var reads = Reads.on(kind);
        int purchases = pipeline.reads();
        pipeline.run(LOCK, new Pipeline.SqlArray("int8", locks))
                .run(reads.plannedSo())
                .read(reads.purchases(), numbers, org, EventName.RETURN_BILL.wireName())
                .read(reads.returns(), numbers, org, EventName.RETURN_BILL.wireName())
                .run(reads.plannedAsBefore());
        return new Queued(keys, purchases);
    }

    /**
     * The bills' reads queued in a pipeline, at {@code purchases} (and the returns after) in its answer.
     *
     * @param keys      the bills asked for
     * @param purchases where the purchases' rows are in the pipeline's answer; -1 when nothing was queued
     */
    record Queued(Collection<BillKey> keys, int purchases) {

        /**
         * Every key asked for, with what it bought and has returned.
         *
         * @param rows the pipeline's answer
         * @return one entry per key; a bill nothing was bought under is {@link ReturnableBill#nothingBought}
         */
        Map<BillKey, ReturnableBill> read(List<List<Object[]>> rows) {
            var bills = new LinkedHashMap<BillKey, ReturnableBill>();
            keys.forEach(key -> bills.put(key, ReturnableBill.nothingBought(key.billNumber())));
            if (purchases >= 0) {
                fold(rows.get(purchases), bills, ReturnableBill::withPurchase);
                fold(rows.get(purchases + 1), bills, ReturnableBill::withReturn);
            }
            return bills;
        }
    }

    private interface Adding {
        ReturnableBill add(ReturnableBill bill, BigDecimal amount, Map<String, BigDecimal> qtyByItem);
    }

    /**
     * Adds each bill's rows (one per line item, or one for a bill without lines; the columns of {@link Reads#purchases}
     * and {@link Reads#returns}) to the key it belongs to.
     */
    private static void fold(List<Object[]> rows, Map<BillKey, ReturnableBill> bills, Adding adding) {
        var amounts = new LinkedHashMap<Long, Map.Entry<BillKey, BigDecimal>>();
        var quantities = new HashMap<Long, Map<String, BigDecimal>>();
        for (var row : rows) {
            var key = new BillKey((Long) row[0], subjectOf((Long) row[1], (Long) row[2]), (String) row[4]);
            if (!bills.containsKey(key)) {
                continue; // another customer's or group's bill of the same number
            }
            var event = (Long) row[3];
            amounts.putIfAbsent(event, Map.entry(key, Objects.requireNonNullElse((BigDecimal) row[5], BigDecimal.ZERO)));
            var items = quantities.computeIfAbsent(event, e -> new HashMap<>());
            if (row[6] != null && row[7] != null) {
                items.merge((String) row[6], (BigDecimal) row[7], BigDecimal::add);
            }
        }
        amounts.forEach((event, keyed) -> bills.computeIfPresent(keyed.getKey(),
                (key, bill) -> adding.add(bill, keyed.getValue(), quantities.get(event))));
    }

    private static EventSubject subjectOf(Long customer, Long userGroup) {
        return customer != null ? EventSubject.customer(CustomerId.of(customer)) : EventSubject.userGroup(UserGroupId.of(userGroup));
    }
}

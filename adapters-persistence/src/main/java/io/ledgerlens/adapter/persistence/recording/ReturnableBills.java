package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.BILL;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.LINE_ITEM;

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
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

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

    private ReturnableBills() {
    }

    /**
     * Takes the transaction's advisory lock on each bill, in one order for every
     * writer (so two writers never wait on each other in a circle).
     */
    static void lock(DSLContext dsl, Collection<BillKey> keys) {
        var ids = keys.stream().map(BillKey::lockId).distinct().sorted().toArray(Long[]::new);
        if (ids.length > 0) {
            dsl.fetch("select pg_advisory_xact_lock(id) from unnest({0}) with ordinality as t(id, n) order by n",
                    DSL.val(ids));
        }
    }

    /** What each key's subject bought and returned, as the ledger holds it now. */
    static Map<BillKey, ReturnableBill> load(DSLContext dsl, Collection<BillKey> keys) {
        var bills = new LinkedHashMap<BillKey, ReturnableBill>();
        keys.forEach(key -> bills.put(key, ReturnableBill.nothingBought(key.billNumber())));
        if (keys.isEmpty()) {
            return bills;
        }
        // Array binds (a superset of the keys when a batch spans orgs; fold keeps the keys' rows only).
        var orgs = DSL.any(keys.stream().map(BillKey::org).distinct().toArray(Long[]::new));
        var numbers = DSL.any(keys.stream().map(BillKey::billNumber).distinct().toArray(String[]::new));
        var purchases = dsl.select(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID, BILL.EVENT_LOG_ID,
                        BILL.BILL_NUMBER, BILL.BILL_AMOUNT, LINE_ITEM.ITEM_CODE, LINE_ITEM.QTY)
                .from(BILL)
                .join(LEDGER_EVENT).on(LEDGER_EVENT.ORG_ID.eq(BILL.ORG_ID)).and(LEDGER_EVENT.EVENT_LOG_ID.eq(BILL.EVENT_LOG_ID))
                .leftJoin(LINE_ITEM).on(LINE_ITEM.EVENT_LOG_ID.eq(BILL.EVENT_LOG_ID))
                .where(BILL.ORG_ID.eq(orgs)).and(BILL.BILL_NUMBER.eq(numbers))
                .and(LEDGER_EVENT.EVENT_NAME.ne(EventName.RETURN_BILL.wireName()))
                .fetch();
        fold(purchases, BILL.BILL_NUMBER, BILL.BILL_AMOUNT, LINE_ITEM.QTY, bills, ReturnableBill::withPurchase);
        var returns = dsl.select(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID, BILL.EVENT_LOG_ID,
                        BILL.RETURN_BILL_ID, BILL.RETURN_AMOUNT, LINE_ITEM.ITEM_CODE, LINE_ITEM.RETURN_QTY)
                .from(BILL)
                .join(LEDGER_EVENT).on(LEDGER_EVENT.ORG_ID.eq(BILL.ORG_ID)).and(LEDGER_EVENT.EVENT_LOG_ID.eq(BILL.EVENT_LOG_ID))
                .leftJoin(LINE_ITEM).on(LINE_ITEM.EVENT_LOG_ID.eq(BILL.EVENT_LOG_ID)).and(LINE_ITEM.RETURN_QTY.isNotNull())
                .where(BILL.ORG_ID.eq(orgs)).and(BILL.RETURN_BILL_ID.eq(numbers))
                .and(LEDGER_EVENT.EVENT_NAME.eq(EventName.RETURN_BILL.wireName()))
                .fetch();
        fold(returns, BILL.RETURN_BILL_ID, BILL.RETURN_AMOUNT, LINE_ITEM.RETURN_QTY, bills, ReturnableBill::withReturn);
        return bills;
    }

    private interface Adding {
        ReturnableBill add(ReturnableBill bill, BigDecimal amount, Map<String, BigDecimal> qtyByItem);
    }

    /** Adds each bill's rows (one per line item, or one for a bill without lines) to the key it belongs to. */
    private static void fold(Result<? extends Record> rows, Field<String> number, Field<BigDecimal> amount,
                             Field<BigDecimal> qty, Map<BillKey, ReturnableBill> bills, Adding adding) {
        var amounts = new LinkedHashMap<Long, Map.Entry<BillKey, BigDecimal>>();
        var quantities = new HashMap<Long, Map<String, BigDecimal>>();
        for (var row : rows) {
            var key = new BillKey(row.get(LEDGER_EVENT.ORG_ID), subjectOf(row), row.get(number));
            if (!bills.containsKey(key)) {
                continue; // another customer's or group's bill of the same number
            }
            var event = row.get(BILL.EVENT_LOG_ID);
            amounts.putIfAbsent(event, Map.entry(key, Objects.requireNonNullElse(row.get(amount), BigDecimal.ZERO)));
            var items = quantities.computeIfAbsent(event, e -> new HashMap<>());
            if (row.get(LINE_ITEM.ITEM_CODE) != null && row.get(qty) != null) {
                items.merge(row.get(LINE_ITEM.ITEM_CODE), row.get(qty), BigDecimal::add);
            }
        }
        amounts.forEach((event, keyed) -> bills.computeIfPresent(keyed.getKey(),
                (key, bill) -> adding.add(bill, keyed.getValue(), quantities.get(event))));
    }

    private static EventSubject subjectOf(Record row) {
        var customer = row.get(LEDGER_EVENT.CUSTOMER_ID);
        return customer != null ? EventSubject.customer(CustomerId.of(customer))
                : EventSubject.userGroup(UserGroupId.of(row.get(LEDGER_EVENT.USER_GROUP_ID)));
    }
}

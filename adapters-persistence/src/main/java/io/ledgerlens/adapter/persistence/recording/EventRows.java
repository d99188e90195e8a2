package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.BILL;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOM_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_TIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXTENDED_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.LINE_ITEM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PAYMENT_MODE;

import io.ledgerlens.adapter.persistence.schema.tables.records.LedgerEventRecord;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.NamedValue;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep10;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The rows of recorded events, written table by table so that, inside a
 * batched connection, consecutive inserts share one statement and travel to
 * PostgreSQL as one batch.
 */
final class EventRows {

    private EventRows() {
    }

    static InsertValuesStep10<LedgerEventRecord, Long, Long, String, Long, Long, String, String, java.time.Instant, Long, String>
            insertEvent(DSLContext dsl, LedgerEvent event, String fingerprint) {
        var subject = event.subject();
        return dsl.insertInto(LEDGER_EVENT, LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_NAME,
                        LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID, LEDGER_EVENT.EVENT_REFERENCE_ID,
                        LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.TILL_ID, LEDGER_EVENT.CONTENT_FINGERPRINT)
                .values(event.id().value(), event.orgId().value(), event.name().wireName(),
                        subject instanceof EventSubject.OfCustomer c ? c.customerId().value() : null,
                        subject instanceof EventSubject.OfUserGroup g ? g.userGroupId().value() : null,
                        event.referenceId(), event.uniqueId(), event.eventTime(), event.tillId(), fingerprint);
    }

    /** Everything of {@code events} but their event rows, which must be written first. */
    static void insertParts(DSLContext dsl, List<LedgerEvent> events) {
        events.stream().collect(java.util.stream.Collectors.groupingBy(e -> e.orgId().value())).forEach((org, ofOrg) ->
                ReferenceDataRows.register(dsl, org, ofOrg.stream().flatMap(e -> e.allAllocations().stream()).toList()));
        for (var event : events) {
            event.bill().ifPresent(bill -> {
                var returned = bill.returned();
                dsl.insertInto(BILL, BILL.ORG_ID, BILL.EVENT_LOG_ID, BILL.BILL_NUMBER, BILL.GROSS_AMOUNT, BILL.DISCOUNT,
                                BILL.BILL_AMOUNT, BILL.NOTE, BILL.SOURCE, BILL.BILL_DATE, BILL.RETURN_DATE, BILL.RETURN_AMOUNT,
                                BILL.RETURN_TYPE, BILL.RETURN_BILL_ID)
                        .values(event.orgId().value(), event.id().value(), bill.billNumber(), bill.amounts().gross(),
                                bill.amounts().discount(), bill.amounts().net(), bill.note(), bill.source().name(),
                                bill.billDate(),
                                returned.map(BillReturn::returnDate).orElse(null),
                                returned.map(BillReturn::returnAmount).orElse(null),
                                returned.map(r -> r.returnType().name()).orElse(null),
                                returned.map(BillReturn::returnBillId).orElse(null))
                        .execute();
            });
        }
        for (var event : events) {
            var lines = event.bill().map(b -> b.lineItems()).orElse(List.of());
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                var returned = line.returned();
                dsl.insertInto(LINE_ITEM, LINE_ITEM.ORG_ID, LINE_ITEM.LINE_ITEM_ID, LINE_ITEM.EVENT_LOG_ID, LINE_ITEM.POSITION,
                                LINE_ITEM.ITEM_CODE, LINE_ITEM.GROSS_AMOUNT, LINE_ITEM.DISCOUNT, LINE_ITEM.AMOUNT, LINE_ITEM.RATE,
                                LINE_ITEM.QTY, LINE_ITEM.RETURN_AMOUNT, LINE_ITEM.RETURN_RATE, LINE_ITEM.RETURN_QTY,
                                LINE_ITEM.RETURN_VALUE, LINE_ITEM.SERIAL_NUMBER)
                        .values(event.orgId().value(), line.id(), event.id().value(), i, line.itemCode(),
                                line.amounts().gross(), line.amounts().discount(), line.amounts().net(), line.rate(), line.qty(),
                                returned.map(LineItemReturn::returnAmount).orElse(null),
                                returned.map(LineItemReturn::returnRate).orElse(null),
                                returned.map(LineItemReturn::returnQty).orElse(null),
                                returned.map(LineItemReturn::returnValue).orElse(null),
                                returned.map(LineItemReturn::serialNumber).orElse(null))
                        .execute();
            }
        }
        for (var event : events) {
            long org = event.orgId().value();
            long id = event.id().value();
            AllocationRowWriter.insert(dsl, org, id, null, "EVENT", event.allocations());
            event.bill().ifPresent(bill -> {
                AllocationRowWriter.insert(dsl, org, id, null, "BILL", bill.allocations());
                for (int i = 0; i < bill.lineItems().size(); i++) {
                    AllocationRowWriter.insert(dsl, org, id, i, "LINE", bill.lineItems().get(i).allocations());
                }
            });
        }
        for (var event : events) {
            insertNamed(dsl, CUSTOM_FIELD, CUSTOM_FIELD.ORG_ID, CUSTOM_FIELD.EVENT_LOG_ID, CUSTOM_FIELD.POSITION,
                    CUSTOM_FIELD.NAME, CUSTOM_FIELD.VALUE, event, LedgerEvent::customFields);
        }
        for (var event : events) {
            insertNamed(dsl, EXTENDED_FIELD, EXTENDED_FIELD.ORG_ID, EXTENDED_FIELD.EVENT_LOG_ID, EXTENDED_FIELD.POSITION,
                    EXTENDED_FIELD.NAME, EXTENDED_FIELD.VALUE, event, LedgerEvent::extendedFields);
        }
        for (var event : events) {
            var modes = event.paymentModes();
            for (int i = 0; i < modes.size(); i++) {
                dsl.insertInto(PAYMENT_MODE, PAYMENT_MODE.ORG_ID, PAYMENT_MODE.EVENT_LOG_ID, PAYMENT_MODE.POSITION,
                                PAYMENT_MODE.MODE, PAYMENT_MODE.AMOUNT)
                        .values(event.orgId().value(), event.id().value(), i, modes.get(i).name(), modes.get(i).amount())
                        .execute();
            }
        }
        for (var event : events) {
            var slabs = event.pointInTimeSlabs();
            for (int i = 0; i < slabs.size(); i++) {
                var slab = slabs.get(i);
                dsl.insertInto(EVENT_TIER, EVENT_TIER.ORG_ID, EVENT_TIER.EVENT_LOG_ID, EVENT_TIER.POSITION,
                                EVENT_TIER.PROGRAM_ID, EVENT_TIER.SLAB_NUMBER, EVENT_TIER.SLAB_NAME, EVENT_TIER.IS_DEFAULT_PROGRAM)
                        .values(event.orgId().value(), event.id().value(), i, slab.programId(), slab.slabNumber(),
                                slab.slabName(), slab.defaultProgram())
                        .execute();
            }
        }
        for (var event : events) {
            event.detail().ifPresent(detail -> {
                ReferenceDataRows.registerPrograms(dsl, event.orgId().value(), DetailRowWriter.programsOf(detail));
                DetailRowWriter.insert(dsl, event.orgId().value(), event.id().value(), detail);
            });
        }
    }

    private static <R extends Record> void insertNamed(DSLContext dsl, Table<R> table, Field<Long> orgField,
                                                       Field<Long> eventField, Field<Integer> positionField,
                                                       Field<String> nameField, Field<String> valueField, LedgerEvent event,
                                                       Function<LedgerEvent, List<NamedValue>> values) {
        var named = values.apply(event);
        for (int i = 0; i < named.size(); i++) {
            dsl.insertInto(table, orgField, eventField, positionField, nameField, valueField)
                    .values(event.orgId().value(), event.id().value(), i, named.get(i).name(), named.get(i).value())
                    .execute();
        }
    }
}

package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.BILL;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOM_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_SECTIONS;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_TIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXTENDED_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.LINE_ITEM;
import static io.ledgerlens.adapter.persistence.schema.Tables.PAYMENT_MODE;

import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.explode.EventDocument;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.NamedValue;
import java.util.List;
import java.util.Map;

/**
 * The rows of recorded events, queued table by table as multi-row inserts:
 * a batch of events costs one round trip, whatever its size.
 */
final class EventRows {

    private EventRows() {
    }

    /** The event rows of {@code events}, with their content fingerprints. */
    static RowBatch events(List<LedgerEvent> events, Map<EventLogId, String> fingerprints) {
        var batch = new RowBatch(LEDGER_EVENT, LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_NAME,
                LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID, LEDGER_EVENT.EVENT_REFERENCE_ID,
                LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.TILL_ID, LEDGER_EVENT.CONTENT_FINGERPRINT);
        for (var event : events) {
            var subject = event.subject();
            batch.add(event.id().value(), event.orgId().value(), event.name().wireName(),
                    subject instanceof EventSubject.OfCustomer c ? c.customerId().value() : null,
                    subject instanceof EventSubject.OfUserGroup g ? g.userGroupId().value() : null,
                    event.referenceId(), event.uniqueId(), event.eventTime(), event.tillId(), fingerprints.get(event.id()));
        }
        return batch;
    }

    /**
     * Queues everything of {@code events} except their event rows and the reference data they name
     * ({@link ReferenceDataRows}), both queued before.
     */
    static void queueParts(Pipeline pipeline, List<LedgerEvent> events) {
        var bills = new RowBatch(BILL, BILL.ORG_ID, BILL.EVENT_LOG_ID, BILL.BILL_NUMBER, BILL.GROSS_AMOUNT, BILL.DISCOUNT,
                BILL.BILL_AMOUNT, BILL.NOTE, BILL.SOURCE, BILL.BILL_DATE, BILL.RETURN_DATE, BILL.RETURN_AMOUNT,
                BILL.RETURN_TYPE, BILL.RETURN_BILL_ID);
        var lines = new RowBatch(LINE_ITEM, LINE_ITEM.ORG_ID, LINE_ITEM.LINE_ITEM_ID, LINE_ITEM.EVENT_LOG_ID,
                LINE_ITEM.POSITION, LINE_ITEM.ITEM_CODE, LINE_ITEM.GROSS_AMOUNT, LINE_ITEM.DISCOUNT, LINE_ITEM.AMOUNT,
                LINE_ITEM.RATE, LINE_ITEM.QTY, LINE_ITEM.RETURN_AMOUNT, LINE_ITEM.RETURN_RATE, LINE_ITEM.RETURN_QTY,
                LINE_ITEM.RETURN_VALUE, LINE_ITEM.SERIAL_NUMBER);
        var allocations = AllocationRowWriter.batch();
        var customFields = new RowBatch(CUSTOM_FIELD, CUSTOM_FIELD.ORG_ID, CUSTOM_FIELD.EVENT_LOG_ID,
                CUSTOM_FIELD.POSITION, CUSTOM_FIELD.NAME, CUSTOM_FIELD.VALUE);
        var extendedFields = new RowBatch(EXTENDED_FIELD, EXTENDED_FIELD.ORG_ID, EXTENDED_FIELD.EVENT_LOG_ID,
                EXTENDED_FIELD.POSITION, EXTENDED_FIELD.NAME, EXTENDED_FIELD.VALUE);
        var paymentModes = new RowBatch(PAYMENT_MODE, PAYMENT_MODE.ORG_ID, PAYMENT_MODE.EVENT_LOG_ID, PAYMENT_MODE.POSITION,
                PAYMENT_MODE.MODE, PAYMENT_MODE.AMOUNT);
        var tiers = new RowBatch(EVENT_TIER, EVENT_TIER.ORG_ID, EVENT_TIER.EVENT_LOG_ID, EVENT_TIER.POSITION,
                EVENT_TIER.PROGRAM_ID, EVENT_TIER.SLAB_NUMBER, EVENT_TIER.SLAB_NAME, EVENT_TIER.IS_DEFAULT_PROGRAM);
        // Each event's document, read by explode in place of the rows above (V24; on Citus distributed with the
        // events, V24_1).
        var documents = new RowBatch(EVENT_SECTIONS, EVENT_SECTIONS.ORG_ID, EVENT_SECTIONS.EVENT_LOG_ID,
                EVENT_SECTIONS.SECTIONS);
        for (var event : events) {
            long org = event.orgId().value();
            long id = event.id().value();
            documents.add(org, id, EventDocument.of(event));
            AllocationRowWriter.add(allocations, org, id, null, "EVENT", event.allocations());
            event.bill().ifPresent(bill -> {
                var returned = bill.returned();
                bills.add(org, id, bill.billNumber(), bill.amounts().gross(), bill.amounts().discount(), bill.amounts().net(),
                        bill.note(), bill.source().name(), bill.billDate(),
                        returned.map(BillReturn::returnDate).orElse(null),
                        returned.map(BillReturn::returnAmount).orElse(null),
                        returned.map(r -> r.returnType().name()).orElse(null),
                        returned.map(BillReturn::returnBillId).orElse(null));
                AllocationRowWriter.add(allocations, org, id, null, "BILL", bill.allocations());
                for (int i = 0; i < bill.lineItems().size(); i++) {
                    var line = bill.lineItems().get(i);
                    var lineReturn = line.returned();
                    lines.add(org, line.id(), id, i, line.itemCode(), line.amounts().gross(), line.amounts().discount(),
                            line.amounts().net(), line.rate(), line.qty(),
                            lineReturn.map(LineItemReturn::returnAmount).orElse(null),
                            lineReturn.map(LineItemReturn::returnRate).orElse(null),
                            lineReturn.map(LineItemReturn::returnQty).orElse(null),
                            lineReturn.map(LineItemReturn::returnValue).orElse(null),
                            lineReturn.map(LineItemReturn::serialNumber).orElse(null));
                    AllocationRowWriter.add(allocations, org, id, i, "LINE", line.allocations());
                }
            });
            addNamed(customFields, org, id, event.customFields());
            addNamed(extendedFields, org, id, event.extendedFields());
            var modes = event.paymentModes();
            for (int i = 0; i < modes.size(); i++) {
                paymentModes.add(org, id, i, modes.get(i).name(), modes.get(i).amount());
            }
            var slabs = event.pointInTimeSlabs();
            for (int i = 0; i < slabs.size(); i++) {
                var slab = slabs.get(i);
                tiers.add(org, id, i, slab.programId(), slab.slabNumber(), slab.slabName(), slab.defaultProgram());
            }
        }
        // Parents before children: bills before their lines, lines before the awards that name them.
        for (var batch : List.of(bills, lines, allocations, customFields, extendedFields, paymentModes, tiers, documents)) {
            batch.queueIn(pipeline);
        }
        DetailRowWriter.queue(pipeline, events);
    }

    private static void addNamed(RowBatch batch, long org, long id, List<NamedValue> values) {
        for (int i = 0; i < values.size(); i++) {
            batch.add(org, id, i, values.get(i).name(), values.get(i).value());
        }
    }
}

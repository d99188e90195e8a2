package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Sequences.EVENT_LOG_ID_SEQ;
import static io.ledgerlens.adapter.persistence.schema.Tables.BILL;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER_IDENTIFIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOM_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_TIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.EXTENDED_FIELD;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.LINE_ITEM;
import static io.ledgerlens.adapter.persistence.schema.Tables.ORG;
import static io.ledgerlens.adapter.persistence.schema.Tables.PAYMENT_MODE;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP_MEMBER;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.application.port.out.AppendOutcome;
import io.ledgerlens.application.port.out.RecordLedgerPort;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Writes orgs, customers, groups and events. Each call is one transaction:
 * an event is recorded whole (with its bill, line items, allocations and
 * fields) or not at all.
 */
public final class LedgerRecordingAdapter implements RecordLedgerPort {

    private final LedgerStore store;

    public LedgerRecordingAdapter(LedgerStore store) {
        this.store = store;
    }

    @Override
    public void save(Org org) {
        store.write(dsl -> dsl.insertInto(ORG, ORG.ORG_ID, ORG.NAME, ORG.PARENT_ORG_ID, ORG.TIME_ZONE, ORG.SOURCE_VALUE_CAPTURING)
                .values(org.id().value(), org.name(), org.parent().map(OrgId::value).orElse(null),
                        org.settings().timeZone().getId(), org.settings().sourceValueCapturing())
                .onConflict(ORG.ORG_ID).doUpdate()
                .set(ORG.NAME, org.name())
                .set(ORG.PARENT_ORG_ID, org.parent().map(OrgId::value).orElse(null))
                .set(ORG.TIME_ZONE, org.settings().timeZone().getId())
                .set(ORG.SOURCE_VALUE_CAPTURING, org.settings().sourceValueCapturing())
                .execute());
    }

    @Override
    public void save(Customer customer) {
        store.write(dsl -> {
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
        store.write(dsl -> {
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
        return EventLogId.of(store.read(dsl -> dsl.select(EVENT_LOG_ID_SEQ.nextval()).fetchSingle().value1()));
    }

    @Override
    public AppendOutcome append(LedgerEvent event) {
        var fingerprint = EventFingerprint.of(event);
        return store.write(dsl -> {
            long org = event.orgId().value();
            long id = event.id().value();
            var subject = event.subject();
            // The unique id's constraint decides between concurrent duplicates: the loser inserts nothing here
            // and, once the winner has committed, reads the winner's event below.
            var inserted = dsl.insertInto(LEDGER_EVENT, LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_NAME,
                            LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.USER_GROUP_ID, LEDGER_EVENT.EVENT_REFERENCE_ID,
                            LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_TIME, LEDGER_EVENT.TILL_ID, LEDGER_EVENT.CONTENT_FINGERPRINT)
                    .values(id, org, event.name().wireName(),
                            subject instanceof EventSubject.OfCustomer c ? c.customerId().value() : null,
                            subject instanceof EventSubject.OfUserGroup g ? g.userGroupId().value() : null,
                            event.referenceId(), event.uniqueId(), event.eventTime(), event.tillId(), fingerprint)
                    .onConflict(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.UNIQUE_ID).doNothing()
                    .execute();
            if (inserted == 0) {
                var earlier = dsl.select(LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.CONTENT_FINGERPRINT).from(LEDGER_EVENT)
                        .where(LEDGER_EVENT.ORG_ID.eq(org)).and(LEDGER_EVENT.UNIQUE_ID.eq(event.uniqueId()))
                        .fetchSingle();
                return new AppendOutcome.AlreadyRecorded(EventLogId.of(earlier.value1()), fingerprint.equals(earlier.value2()));
            }
            ReferenceDataRows.register(dsl, org, event.allAllocations());
            event.bill().ifPresent(bill -> insertBill(dsl, org, id, bill));
            event.detail().ifPresent(detail -> {
                ReferenceDataRows.registerPrograms(dsl, org, DetailRowWriter.programsOf(detail));
                DetailRowWriter.insert(dsl, org, id, detail);
            });
            AllocationRowWriter.insert(dsl, org, id, null, "EVENT", event.allocations());
            insertNamedValues(dsl, CUSTOM_FIELD, CUSTOM_FIELD.ORG_ID, CUSTOM_FIELD.EVENT_LOG_ID, CUSTOM_FIELD.POSITION,
                    CUSTOM_FIELD.NAME, CUSTOM_FIELD.VALUE, org, id, event.customFields());
            insertNamedValues(dsl, EXTENDED_FIELD, EXTENDED_FIELD.ORG_ID, EXTENDED_FIELD.EVENT_LOG_ID,
                    EXTENDED_FIELD.POSITION, EXTENDED_FIELD.NAME, EXTENDED_FIELD.VALUE, org, id, event.extendedFields());
            var modes = event.paymentModes();
            for (int i = 0; i < modes.size(); i++) {
                dsl.insertInto(PAYMENT_MODE, PAYMENT_MODE.ORG_ID, PAYMENT_MODE.EVENT_LOG_ID, PAYMENT_MODE.POSITION,
                                PAYMENT_MODE.MODE, PAYMENT_MODE.AMOUNT)
                        .values(org, id, i, modes.get(i).name(), modes.get(i).amount()).execute();
            }
            var slabs = event.pointInTimeSlabs();
            for (int i = 0; i < slabs.size(); i++) {
                var slab = slabs.get(i);
                dsl.insertInto(EVENT_TIER, EVENT_TIER.ORG_ID, EVENT_TIER.EVENT_LOG_ID, EVENT_TIER.POSITION,
                                EVENT_TIER.PROGRAM_ID, EVENT_TIER.SLAB_NUMBER, EVENT_TIER.SLAB_NAME, EVENT_TIER.IS_DEFAULT_PROGRAM)
                        .values(org, id, i, slab.programId(), slab.slabNumber(), slab.slabName(), slab.defaultProgram())
                        .execute();
            }
            return new AppendOutcome.Appended(event.id());
        });
    }

    private static void insertBill(DSLContext dsl, long org, long id, Bill bill) {
        var returned = bill.returned();
        dsl.insertInto(BILL, BILL.ORG_ID, BILL.EVENT_LOG_ID, BILL.BILL_NUMBER, BILL.GROSS_AMOUNT, BILL.DISCOUNT,
                        BILL.BILL_AMOUNT, BILL.NOTE, BILL.SOURCE, BILL.BILL_DATE, BILL.RETURN_DATE, BILL.RETURN_AMOUNT,
                        BILL.RETURN_TYPE, BILL.RETURN_BILL_ID)
                .values(org, id, bill.billNumber(), bill.amounts().gross(), bill.amounts().discount(), bill.amounts().net(),
                        bill.note(), bill.source().name(), bill.billDate(),
                        returned.map(r -> r.returnDate()).orElse(null),
                        returned.map(r -> r.returnAmount()).orElse(null),
                        returned.map(r -> r.returnType().name()).orElse(null),
                        returned.map(r -> r.returnBillId()).orElse(null))
                .execute();
        AllocationRowWriter.insert(dsl, org, id, null, "BILL", bill.allocations());
        var lines = bill.lineItems();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var lineReturn = line.returned();
            dsl.insertInto(LINE_ITEM, LINE_ITEM.ORG_ID, LINE_ITEM.LINE_ITEM_ID, LINE_ITEM.EVENT_LOG_ID, LINE_ITEM.POSITION,
                            LINE_ITEM.ITEM_CODE, LINE_ITEM.GROSS_AMOUNT, LINE_ITEM.DISCOUNT, LINE_ITEM.AMOUNT, LINE_ITEM.RATE,
                            LINE_ITEM.QTY, LINE_ITEM.RETURN_AMOUNT, LINE_ITEM.RETURN_RATE, LINE_ITEM.RETURN_QTY,
                            LINE_ITEM.RETURN_VALUE, LINE_ITEM.SERIAL_NUMBER)
                    .values(org, line.id(), id, i, line.itemCode(), line.amounts().gross(), line.amounts().discount(),
                            line.amounts().net(), line.rate(), line.qty(),
                            lineReturn.map(r -> r.returnAmount()).orElse(null),
                            lineReturn.map(r -> r.returnRate()).orElse(null),
                            lineReturn.map(r -> r.returnQty()).orElse(null),
                            lineReturn.map(r -> r.returnValue()).orElse(null),
                            lineReturn.map(r -> r.serialNumber()).orElse(null))
                    .execute();
            AllocationRowWriter.insert(dsl, org, id, i, "LINE", line.allocations());
        }
    }

    private static <R extends org.jooq.Record> void insertNamedValues(
            DSLContext dsl, Table<R> table, Field<Long> orgField, Field<Long> eventField, Field<Integer> positionField,
            Field<String> nameField, Field<String> valueField, long org, long id, List<NamedValue> values) {
        for (int i = 0; i < values.size(); i++) {
            dsl.insertInto(table, orgField, eventField, positionField, nameField, valueField)
                    .values(org, id, i, values.get(i).name(), values.get(i).value())
                    .execute();
        }
    }
}

package io.ledgerlens.domain.testdata;

import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.PaymentMode;
import io.ledgerlens.domain.event.PointInTimeSlab;
import io.ledgerlens.domain.event.detail.EventDetail;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.PointsAllocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Ledger events with the contract's example values (§9). A bill event gets
 * {@link BillBuilder#aBill()} unless told otherwise; any other event carries
 * no bill and no points until given some.
 */
public final class LedgerEventBuilder {

    public static final OrgId ORG = OrgId.of(50672);
    public static final CustomerId CUSTOMER = CustomerId.of(341198823);
    public static final long TILL = 50671937;

    private EventLogId id = EventLogId.of(24732968);
    private OrgId orgId = ORG;
    private final EventName name;
    private EventSubject subject = EventSubject.customer(CUSTOMER);
    private String referenceId;
    private String uniqueId = "sC1RXvEHWU";
    private Instant eventTime = Allocations.AWARDED_ON;
    private long tillId = TILL;
    private Bill bill;
    private final List<PointsAllocation> allocations = new ArrayList<>();
    private final List<NamedValue> customFields = new ArrayList<>();
    private final List<NamedValue> extendedFields = new ArrayList<>();
    private final List<PaymentMode> paymentModes = new ArrayList<>();
    private final List<PointInTimeSlab> slabs = new ArrayList<>();
    private EventDetail detail;

    private LedgerEventBuilder(EventName name) {
        this.name = name;
        // A ReturnBill gives back the example bill num124536 (100.0 and one item of its line).
        this.bill = !name.isBillEvent() ? null
                : name == EventName.RETURN_BILL ? BillBuilder.aBill().returnedAs(io.ledgerlens.domain.event.ReturnType.LINE_ITEM).build()
                : BillBuilder.aBill().build();
        this.referenceId = name.isBillEvent() ? "2151534230" : "-1";
    }

    /** The example {@code TransactionAdd}: the bill num124536 with 29.5 points. */
    public static LedgerEventBuilder aTransactionAdd() {
        return new LedgerEventBuilder(EventName.TRANSACTION_ADD);
    }

    /**
     * A purchase as tills send them, for the benchmarks: three lines, each line and the bill earning points (one line
     * a promotion's too), two custom fields, two payment modes and a tier.
     */
    public static LedgerEventBuilder aPurchaseOfThreeLines() {
        return aTransactionAdd()
                .bill(BillBuilder.aBill().lineItems(
                        BillBuilder.aLineItem(1, Allocations.regular("10.0"), Allocations.promo("5.0")),
                        BillBuilder.aLineItem(2, Allocations.regular("12.5")),
                        BillBuilder.aLineItem(3, Allocations.regular("7.25"))))
                .customField("zone", "north").customField("channel", "app")
                .paidBy("CASH", "100.0").paidBy("CARD", "195.0")
                .slab(1, "Silver", 2649, true);
    }

    /** 50 goodwill points at event level, no bill. */
    public static LedgerEventBuilder aGoodwillAllocation() {
        return new LedgerEventBuilder(EventName.ALLOCATE_GOODWILL_POINTS)
                .tillId(LedgerEvent.NO_TILL)
                .allocations(Allocations.regular("50.0"));
    }

    public static LedgerEventBuilder anEvent(EventName name) {
        return new LedgerEventBuilder(name);
    }

    public LedgerEventBuilder id(long value) {
        this.id = EventLogId.of(value);
        return this;
    }

    public LedgerEventBuilder org(OrgId value) {
        this.orgId = value;
        return this;
    }

    public LedgerEventBuilder subject(EventSubject value) {
        this.subject = value;
        return this;
    }

    public LedgerEventBuilder referenceId(String value) {
        this.referenceId = value;
        return this;
    }

    public LedgerEventBuilder uniqueId(String value) {
        this.uniqueId = value;
        return this;
    }

    public LedgerEventBuilder eventTime(Instant value) {
        this.eventTime = value;
        return this;
    }

    public LedgerEventBuilder tillId(long value) {
        this.tillId = value;
        return this;
    }

    public LedgerEventBuilder bill(Bill value) {
        this.bill = value;
        return this;
    }

    public LedgerEventBuilder bill(BillBuilder value) {
        return bill(value.build());
    }

    public LedgerEventBuilder withoutBill() {
        this.bill = null;
        return this;
    }

    /** Drops the allocations given so far (the goodwill example's 50 points, say). */
    public LedgerEventBuilder withoutAllocations() {
        allocations.clear();
        return this;
    }

    public LedgerEventBuilder allocations(PointsAllocation... values) {
        allocations.addAll(List.of(values));
        return this;
    }

    public LedgerEventBuilder customField(String fieldName, String value) {
        customFields.add(new NamedValue(fieldName, value));
        return this;
    }

    public LedgerEventBuilder extendedField(String fieldName, String value) {
        extendedFields.add(new NamedValue(fieldName, value));
        return this;
    }

    public LedgerEventBuilder paidBy(String mode, String amount) {
        paymentModes.add(new PaymentMode(mode, new BigDecimal(amount)));
        return this;
    }

    public LedgerEventBuilder slab(int number, String slabName, long programId, boolean defaultProgram) {
        slabs.add(new PointInTimeSlab(number, slabName, programId, defaultProgram));
        return this;
    }

    public LedgerEventBuilder detail(EventDetail value) {
        this.detail = value;
        return this;
    }

    public LedgerEvent build() {
        return LedgerEvent.builder(id, orgId, name, subject)
                .detail(detail)
                .referenceId(referenceId)
                .uniqueId(uniqueId)
                .eventTime(eventTime)
                .tillId(tillId)
                .bill(bill)
                .allocations(allocations)
                .customFields(customFields)
                .extendedFields(extendedFields)
                .paymentModes(paymentModes)
                .pointInTimeSlabs(slabs)
                .build();
    }
}

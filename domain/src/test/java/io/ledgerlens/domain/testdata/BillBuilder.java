package io.ledgerlens.domain.testdata;

import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.Amounts;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.points.PointsAllocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract's example bill (§9): num124536, 300.0 gross, 5.0 discount,
 * 295.0 paid, one line of three items, 29.5 regular points at bill level.
 */
public final class BillBuilder {

    public static final String BILL_NUMBER = "num124536";

    private String billNumber = BILL_NUMBER;
    private Amounts amounts = Amounts.of("300.0", "5.0", "295.0");
    private String note = "weekend order";
    private Source source = Source.INSTORE;
    private Instant billDate = Allocations.AWARDED_ON;
    private final List<LineItem> lineItems = new ArrayList<>(List.of(aLineItem(2158986015L)));
    private final List<PointsAllocation> allocations = new ArrayList<>(List.of(Allocations.regular("29.5")));
    private Optional<BillReturn> returned = Optional.empty();

    private BillBuilder() {
    }

    public static BillBuilder aBill() {
        return new BillBuilder();
    }

    /** A line of three items at 100.0 with 5.0 off, earning {@code allocations} on its own. */
    public static LineItem aLineItem(long id, PointsAllocation... allocations) {
        return LineItem.sold(id, "sku_164716451_2", Amounts.of("300.0", "5.0", "295.0"),
                new BigDecimal("100.0"), new BigDecimal("3.0"), List.of(allocations));
    }

    public BillBuilder number(String value) {
        this.billNumber = value;
        return this;
    }

    public BillBuilder amounts(Amounts value) {
        this.amounts = value;
        return this;
    }

    public BillBuilder note(String value) {
        this.note = value;
        return this;
    }

    public BillBuilder source(Source value) {
        this.source = value;
        return this;
    }

    public BillBuilder billDate(Instant value) {
        this.billDate = value;
        return this;
    }

    /** Replaces the bill-level allocations. */
    public BillBuilder allocations(PointsAllocation... values) {
        allocations.clear();
        allocations.addAll(List.of(values));
        return this;
    }

    /** Replaces the line items. */
    public BillBuilder lineItems(LineItem... values) {
        lineItems.clear();
        lineItems.addAll(List.of(values));
        return this;
    }

    /**
     * A return of the example bill: 100.0 given back, with {@code type}, and
     * each line item's and bill allocation's points taken back in full.
     */
    public BillBuilder returnedAs(io.ledgerlens.domain.event.ReturnType type) {
        lineItems.replaceAll(line -> new LineItem(line.id(), line.itemCode(), line.amounts(), line.rate(), line.qty(),
                line.allocations().stream().map(a -> a.withReturnedPoints(a.value())).toList(),
                Optional.of(new io.ledgerlens.domain.event.LineItemReturn(new BigDecimal("100.0"), new BigDecimal("100.0"),
                        BigDecimal.ONE, new BigDecimal("100.0"), "SN-" + line.id()))));
        allocations.replaceAll(a -> a.withReturnedPoints(a.value()));
        return returned(new BillReturn(billDate, new BigDecimal("100.0"), type, billNumber));
    }

    /** A return of {@code originalBillNumber}: as {@link #returnedAs}, 100.0 and one item of each line given back. */
    public BillBuilder returning(String originalBillNumber) {
        returnedAs(io.ledgerlens.domain.event.ReturnType.LINE_ITEM);
        return returned(new BillReturn(billDate, new BigDecimal("100.0"), io.ledgerlens.domain.event.ReturnType.LINE_ITEM,
                originalBillNumber));
    }

    public BillBuilder returned(BillReturn value) {
        this.returned = Optional.of(value);
        return this;
    }

    public Bill build() {
        return new Bill(billNumber, amounts, note, source, billDate, lineItems, allocations, returned);
    }
}

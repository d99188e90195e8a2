package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.explode.AllocationRows.allocationsWhere;
import static io.ledgerlens.adapter.persistence.schema.Tables.BILL;
import static io.ledgerlens.adapter.persistence.schema.Tables.LINE_ITEM;
import static io.ledgerlens.adapter.persistence.schema.Tables.POINTS_ALLOCATION;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.Amounts;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.ReturnType;
import io.ledgerlens.domain.points.PointsAllocation;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;

/** A bill event's bill as a nested MULTISET: header, bill-level allocations, line items with theirs. */
final class BillRows {

    private static final String BILL_LEVEL = "BILL";
    private static final String LINE_LEVEL = "LINE";

    private BillRows() {
    }

    /**
     * Zero or one bill for the event whose id is {@code eventLogId}; its allocations and line items only
     * {@code withContents}, else empty lists with no table behind them (see {@link SectionShape}).
     */
    static Field<List<Bill>> billOf(Field<Long> eventLogId, boolean withContents) {
        var billAllocations = EventColumns.readOrEmpty(withContents, allocationsWhere(
                POINTS_ALLOCATION.EVENT_LOG_ID.eq(BILL.EVENT_LOG_ID).and(POINTS_ALLOCATION.PLACEMENT.eq(inline(BILL_LEVEL)))));
        var lineItems = EventColumns.readOrEmpty(withContents, multiset(select(LINE_ITEM.fields())
                .select(allocationsWhere(POINTS_ALLOCATION.EVENT_LOG_ID.eq(LINE_ITEM.EVENT_LOG_ID)
                        .and(POINTS_ALLOCATION.LINE_POSITION.eq(LINE_ITEM.POSITION))
                        .and(POINTS_ALLOCATION.PLACEMENT.eq(inline(LINE_LEVEL)))).as("allocations"))
                .from(LINE_ITEM)
                .where(LINE_ITEM.EVENT_LOG_ID.eq(BILL.EVENT_LOG_ID))
                .orderBy(LINE_ITEM.POSITION))
                .convertFrom(rows -> rows.map(BillRows::toLineItem)));
        return multiset(select(BILL.fields()).select(billAllocations.as("allocations"), lineItems.as("line_items"))
                .from(BILL)
                .where(BILL.EVENT_LOG_ID.eq(eventLogId)))
                .convertFrom(rows -> rows.map(BillRows::toBill));
    }

    @SuppressWarnings("unchecked")
    private static Bill toBill(Record r) {
        var returned = Optional.ofNullable(r.get(BILL.RETURN_TYPE)).map(type -> new BillReturn(
                r.get(BILL.RETURN_DATE), r.get(BILL.RETURN_AMOUNT), ReturnType.valueOf(type), r.get(BILL.RETURN_BILL_ID)));
        return new Bill(
                r.get(BILL.BILL_NUMBER),
                new Amounts(r.get(BILL.GROSS_AMOUNT), r.get(BILL.DISCOUNT), r.get(BILL.BILL_AMOUNT)),
                r.get(BILL.NOTE),
                Source.valueOf(r.get(BILL.SOURCE)),
                r.get(BILL.BILL_DATE),
                (List<LineItem>) r.get("line_items"),
                (List<PointsAllocation>) r.get("allocations"),
                returned);
    }

    @SuppressWarnings("unchecked")
    private static LineItem toLineItem(Record r) {
        var returned = Optional.ofNullable(r.get(LINE_ITEM.RETURN_AMOUNT)).map(amount -> new LineItemReturn(
                amount, r.get(LINE_ITEM.RETURN_RATE), r.get(LINE_ITEM.RETURN_QTY), r.get(LINE_ITEM.RETURN_VALUE),
                Optional.ofNullable(r.get(LINE_ITEM.SERIAL_NUMBER)).orElse("")));
        return new LineItem(
                r.get(LINE_ITEM.LINE_ITEM_ID),
                r.get(LINE_ITEM.ITEM_CODE),
                new Amounts(r.get(LINE_ITEM.GROSS_AMOUNT), r.get(LINE_ITEM.DISCOUNT), r.get(LINE_ITEM.AMOUNT)),
                r.get(LINE_ITEM.RATE),
                r.get(LINE_ITEM.QTY),
                (List<PointsAllocation>) r.get("allocations"),
                returned);
    }
}

package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.BILL;
import static io.ledgerlens.adapter.persistence.schema.Tables.LINE_ITEM;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.Amounts;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.ReturnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;

/**
 * A bill event's bill as a nested MULTISET: its header and its line items. Their allocations are not in it: the
 * event's allocations are read in one subquery with their places ({@link AllocationRows}) and placed on the bill and
 * its lines by {@link BillRow#withAllocations}.
 */
final class BillRows {

    private BillRows() {
    }

    /**
     * A bill as read, before its allocations are placed on it.
     *
     * @param bill          the bill, with no allocations on it or its lines
     * @param linePositions the stored position of each of its lines, in the bill's order
     */
    record BillRow(Bill bill, List<Integer> linePositions) {

        /**
         * The bill with the allocations of {@code allocations} booked on it and on its lines.
         *
         * @param allocations every allocation of the bill's event, in recorded order
         * @return the bill as explode shows it
         */
        Bill withAllocations(List<PlacedAllocation> allocations) {
            var lines = new ArrayList<LineItem>(bill.lineItems().size());
            for (int i = 0; i < bill.lineItems().size(); i++) {
                var line = bill.lineItems().get(i);
                lines.add(new LineItem(line.id(), line.itemCode(), line.amounts(), line.rate(), line.qty(),
                        PlacedAllocation.bookedOnLine(allocations, linePositions.get(i)), line.returned()));
            }
            return new Bill(bill.billNumber(), bill.amounts(), bill.note(), bill.source(), bill.billDate(), lines,
                    PlacedAllocation.bookedOn(allocations, Placement.BILL), bill.returned());
        }
    }

    /**
     * Zero or one bill for the event whose org and id are {@code orgId} and {@code eventLogId}; its line items only
     * {@code withContents}, else an empty list with no table behind it (see {@link SectionShape}).
     */
    static Field<List<BillRow>> billOf(Field<Long> orgId, Field<Long> eventLogId, boolean withContents,
                                       Correlation correlation) {
        var lineItems = EventColumns.readOrEmpty(withContents, multiset(select(LINE_ITEM.fields())
                .from(LINE_ITEM)
                .where(correlation.rowsOf(LINE_ITEM.ORG_ID, LINE_ITEM.EVENT_LOG_ID, BILL.ORG_ID, BILL.EVENT_LOG_ID))
                .orderBy(LINE_ITEM.POSITION))
                .convertFrom(rows -> rows.map(line -> new PositionedLine(line.get(LINE_ITEM.POSITION), toLineItem(line)))));
        return multiset(select(BILL.fields()).select(lineItems.as("line_items"))
                .from(BILL)
                .where(correlation.rowsOf(BILL.ORG_ID, BILL.EVENT_LOG_ID, orgId, eventLogId)))
                .convertFrom(rows -> rows.map(BillRows::toBill));
    }

    /** A line as read, with its stored position, which its allocations name. */
    private record PositionedLine(int position, LineItem line) {
    }

    @SuppressWarnings("unchecked")
    private static BillRow toBill(Record r) {
        var returned = Optional.ofNullable(r.get(BILL.RETURN_TYPE)).map(type -> new BillReturn(
                r.get(BILL.RETURN_DATE), r.get(BILL.RETURN_AMOUNT), ReturnType.valueOf(type), r.get(BILL.RETURN_BILL_ID)));
        var lines = (List<PositionedLine>) r.get("line_items");
        return new BillRow(new Bill(
                r.get(BILL.BILL_NUMBER),
                new Amounts(r.get(BILL.GROSS_AMOUNT), r.get(BILL.DISCOUNT), r.get(BILL.BILL_AMOUNT)),
                r.get(BILL.NOTE),
                Source.valueOf(r.get(BILL.SOURCE)),
                r.get(BILL.BILL_DATE),
                lines.stream().map(PositionedLine::line).toList(),
                List.of(),
                returned), lines.stream().map(PositionedLine::position).toList());
    }

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
                List.of(),
                returned);
    }
}

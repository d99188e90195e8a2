package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.BILL;
import static io.ledgerlens.adapter.persistence.schema.Tables.LINE_ITEM;

import io.ledgerlens.adapter.persistence.explode.SectionJson.SectionRow;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.Amounts;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.ReturnType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;

/**
 * A bill event's bill as a nested section ({@link SectionJson}): its header and its line items. Their allocations
 * are not in it: the event's allocations are read in one subquery with their places ({@link AllocationRows}) and
 * placed on the bill and its lines by {@link BillRow#withAllocations}.
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
        var lineItems = EventColumns.readOrEmpty(withContents, SectionJson.rows(List.of(LINE_ITEM.POSITION,
                        LINE_ITEM.LINE_ITEM_ID, LINE_ITEM.ITEM_CODE, LINE_ITEM.GROSS_AMOUNT, LINE_ITEM.DISCOUNT,
                        LINE_ITEM.AMOUNT, LINE_ITEM.RATE, LINE_ITEM.QTY, LINE_ITEM.RETURN_AMOUNT, LINE_ITEM.RETURN_RATE,
                        LINE_ITEM.RETURN_QTY, LINE_ITEM.RETURN_VALUE, LINE_ITEM.SERIAL_NUMBER), LINE_ITEM,
                correlation.rowsOf(LINE_ITEM.ORG_ID, LINE_ITEM.EVENT_LOG_ID, BILL.ORG_ID, BILL.EVENT_LOG_ID),
                LINE_ITEM.POSITION));
        return SectionJson.read(SectionJson.rows(List.of(BILL.BILL_NUMBER, BILL.GROSS_AMOUNT, BILL.DISCOUNT,
                        BILL.BILL_AMOUNT, BILL.NOTE, BILL.SOURCE, BILL.BILL_DATE, BILL.RETURN_DATE, BILL.RETURN_AMOUNT,
                        BILL.RETURN_TYPE, BILL.RETURN_BILL_ID, lineItems), BILL,
                        correlation.rowsOf(BILL.ORG_ID, BILL.EVENT_LOG_ID, orgId, eventLogId)),
                BillRows::toBill);
    }

    /** A line as read, with its stored position, which its allocations name. */
    private record PositionedLine(int position, LineItem line) {
    }

    /** A bill's columns, in the order {@link #billOf} selects them, its lines last. */
    static BillRow toBill(SectionRow row) throws IOException {
        return read(row, true);
    }

    /**
     * A bill's header alone, its lines passed over unread: what an answer without a bill's contents shows of a
     * document's bill (V24), whose lines are always written. Reading them only to drop them was a quarter of reading
     * a purchase's document for a bare explode (JMH, {@code EventDocumentReadBenchmark}: 3.0 against 2.3 µs).
     */
    static BillRow toHeader(SectionRow row) throws IOException {
        return read(row, false);
    }

    private static BillRow read(SectionRow row, boolean withLines) throws IOException {
        var billNumber = row.text();
        var amounts = new Amounts(row.decimal(), row.decimal(), row.decimal());
        var note = row.text();
        var source = Source.valueOf(row.text());
        var billDate = row.instant();
        var returnDate = row.instant();
        var returnAmount = row.decimal();
        var returnType = row.text();
        var returnBillId = row.text();
        var returned = Optional.ofNullable(returnType).map(type -> new BillReturn(
                returnDate, returnAmount, ReturnType.valueOf(type), returnBillId));
        if (!withLines) {
            row.skip();
            return new BillRow(new Bill(billNumber, amounts, note, source, billDate, List.of(), List.of(), returned),
                    List.of());
        }
        var lines = row.rows(BillRows::toLineItem);
        return new BillRow(new Bill(billNumber, amounts, note, source, billDate,
                lines.stream().map(PositionedLine::line).toList(), List.of(), returned),
                lines.stream().map(PositionedLine::position).toList());
    }

    /** A line's columns, in the order {@link #billOf} selects them. */
    private static PositionedLine toLineItem(SectionRow row) throws IOException {
        int position = row.int32();
        var id = row.int64();
        var itemCode = row.text();
        var amounts = new Amounts(row.decimal(), row.decimal(), row.decimal());
        var rate = row.decimal();
        var qty = row.decimal();
        var returnAmount = row.decimal();
        var returnRate = row.decimal();
        var returnQty = row.decimal();
        var returnValue = row.decimal();
        var serialNumber = row.text();
        var returned = Optional.ofNullable(returnAmount).map(amount -> new LineItemReturn(
                amount, returnRate, returnQty, returnValue, Optional.ofNullable(serialNumber).orElse("")));
        return new PositionedLine(position, new LineItem(id, itemCode, amounts, rate, qty, List.of(), returned));
    }
}

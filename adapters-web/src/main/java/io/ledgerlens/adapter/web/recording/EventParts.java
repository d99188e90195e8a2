package io.ledgerlens.adapter.web.recording;

import java.util.Collection;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * How much one event may hold, so that recording it and exploding it later are
 * bounded work: a bill takes at most {@link #MAX_LINE_ITEMS} line items, and an
 * event at most {@link #MAX_PARTS} parts in all. A part is each row the event
 * writes besides its own: a line item, an award at any level, a custom or
 * extended field, a payment mode, a tier, a behavioural field or attribute, a
 * program's points of a redemption, transfer or adjustment. Counted before
 * anything is read, so an oversized event costs no more than its refusal.
 */
final class EventParts {

    /** The line items one bill may have (a point-of-sale bill rarely has more than a few hundred). */
    static final int MAX_LINE_ITEMS = 1_000;
    /** The parts one event may have: a bill of 1,000 lines with four awards each. */
    static final int MAX_PARTS = 5_000;

    private EventParts() {
    }

    /** The parts of {@code in}, as sent. */
    static long of(EventInput in) {
        long parts = size(in.allocations()) + size(in.customFields()) + size(in.extendedFields())
                + size(in.paymentModes()) + size(in.pointInTimeSlabs());
        var bill = in.bill();
        if (bill != null) {
            parts += size(bill.allocations()) + size(bill.lineItems())
                    + sum(bill.lineItems(), line -> line == null ? 0 : size(line.allocations()));
        }
        var behavioural = in.behavioralEvent();
        if (behavioural != null) {
            parts += size(behavioural.fields())
                    + sum(behavioural.fields(), field -> field == null ? 0 : size(field.attributes()));
        }
        if (in.redemption() != null) {
            parts += size(in.redemption().pointsBreakup());
        }
        if (in.transfer() != null) {
            parts += party(in.transfer().transferredFrom()) + party(in.transfer().transferredTo());
        }
        if (in.adjustment() != null) {
            parts += size(in.adjustment().deductions()) + size(in.adjustment().deductionBreakup());
        }
        return parts;
    }

    private static int party(EventInput.PartyInput party) {
        return party == null ? 0 : 1 + size(party.points());
    }

    private static int size(Collection<?> items) {
        return items == null ? 0 : items.size();
    }

    private static int size(Map<?, ?> items) {
        return items == null ? 0 : items.size();
    }

    private static <T> long sum(Collection<T> items, ToIntFunction<T> each) {
        return items == null ? 0 : items.stream().mapToLong(each::applyAsInt).sum();
    }
}

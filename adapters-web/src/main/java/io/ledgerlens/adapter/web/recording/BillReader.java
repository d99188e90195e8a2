package io.ledgerlens.adapter.web.recording;

import static io.ledgerlens.domain.text.StoredText.LONG;
import static io.ledgerlens.domain.text.StoredText.SHORT;
import static io.ledgerlens.adapter.web.write.Checks.at;

import io.ledgerlens.adapter.web.write.Checks;
import io.ledgerlens.adapter.web.recording.EventInput.BillInput;
import io.ledgerlens.adapter.web.recording.EventInput.LineItemInput;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.Amounts;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.ReturnType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Reads a bill: header, return details, line items and the awards at each level. */
final class BillReader {

    private BillReader() {
    }

    static Optional<Bill> read(Checks checks, String field, BillInput in) {
        int before = checks.count();
        var number = checks.requiredText(at(field, "billNumber"), in.billNumber(), SHORT);
        var gross = checks.amount(at(field, "grossAmount"), checks.required(at(field, "grossAmount"), in.grossAmount()));
        var discount = checks.amount(at(field, "discount"), checks.required(at(field, "discount"), in.discount()));
        var amount = checks.amount(at(field, "billAmount"), checks.required(at(field, "billAmount"), in.billAmount()));
        var note = checks.text(at(field, "note"), in.note(), LONG);
        var source = checks.oneOf(at(field, "source"), checks.required(at(field, "source"), in.source()), Source.class);
        if (source == Source.ALL) {
            checks.problem(at(field, "source"), io.ledgerlens.application.port.in.FieldProblem.INVALID,
                    "a bill comes from one source, not ALL");
        }
        var billDate = checks.instant(at(field, "billDate"), checks.required(at(field, "billDate"), in.billDate()));
        var returned = returned(checks, at(field, "return"), in.returned());
        var lines = lineItems(checks, at(field, "lineItems"), in.lineItems());
        var allocations = AllocationReader.all(checks, at(field, "allocations"), in.allocations());
        return checks.build(field, before, () -> new Bill(number, new Amounts(gross, discount, amount), note, source, billDate,
                lines, allocations, returned));
    }

    private static Optional<BillReturn> returned(Checks checks, String field, EventInput.ReturnInput in) {
        if (in == null) {
            return Optional.empty();
        }
        var date = checks.instant(at(field, "returnDate"), checks.required(at(field, "returnDate"), in.returnDate()));
        var amount = checks.amount(at(field, "returnAmount"), checks.required(at(field, "returnAmount"), in.returnAmount()));
        var type = checks.oneOf(at(field, "returnType"), checks.required(at(field, "returnType"), in.returnType()), ReturnType.class);
        var billId = checks.requiredText(at(field, "returnBillId"), in.returnBillId(), SHORT);
        return date == null || amount == null || type == null || billId == null ? Optional.empty()
                : Optional.of(new BillReturn(date, amount, type, billId));
    }

    private static List<LineItem> lineItems(Checks checks, String field, List<LineItemInput> inputs) {
        var lines = new ArrayList<LineItem>();
        if (inputs == null) {
            return lines;
        }
        var ids = new HashSet<Long>();
        for (int i = 0; i < inputs.size(); i++) {
            var path = at(field, i);
            var in = inputs.get(i);
            if (checks.required(path, in) == null) {
                continue;
            }
            int before = checks.count();
            var id = checks.positive(at(path, "id"), checks.required(at(path, "id"), in.id()));
            if (id != null && !ids.add(id)) {
                checks.problem(at(path, "id"), io.ledgerlens.application.port.in.FieldProblem.INVALID,
                        "line item ids are unique within a bill");
            }
            var code = checks.requiredText(at(path, "itemCode"), in.itemCode(), SHORT);
            var gross = checks.amount(at(path, "grossAmount"), checks.required(at(path, "grossAmount"), in.grossAmount()));
            var discount = checks.amount(at(path, "discount"), checks.required(at(path, "discount"), in.discount()));
            var amount = checks.amount(at(path, "amount"), checks.required(at(path, "amount"), in.amount()));
            var rate = checks.amount(at(path, "rate"), checks.required(at(path, "rate"), in.rate()));
            var qty = checks.amount(at(path, "qty"), checks.required(at(path, "qty"), in.qty()));
            var returned = lineReturn(checks, at(path, "return"), in.returned());
            var allocations = AllocationReader.all(checks, at(path, "allocations"), in.allocations());
            checks.build(path, before, () -> new LineItem(id, code, new Amounts(gross, discount, amount), rate, qty,
                    allocations, returned)).ifPresent(lines::add);
        }
        return lines;
    }

    private static Optional<LineItemReturn> lineReturn(Checks checks, String field, EventInput.LineReturnInput in) {
        if (in == null) {
            return Optional.empty();
        }
        var amount = checks.amount(at(field, "returnAmount"), checks.required(at(field, "returnAmount"), in.returnAmount()));
        var rate = checks.amount(at(field, "returnRate"), checks.required(at(field, "returnRate"), in.returnRate()));
        var qty = checks.amount(at(field, "returnQty"), checks.required(at(field, "returnQty"), in.returnQty()));
        var value = checks.amount(at(field, "returnValue"), checks.required(at(field, "returnValue"), in.returnValue()));
        var serial = checks.text(at(field, "serialNumber"), in.serialNumber(), SHORT);
        return amount == null || rate == null || qty == null || value == null ? Optional.empty()
                : Optional.of(new LineItemReturn(amount, rate, qty, value, serial == null ? "" : serial));
    }
}

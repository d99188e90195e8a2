package io.ledgerlens.adapter.web.recording;

import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.at;
import static io.ledgerlens.adapter.web.http.FieldChecks.build;
import static io.ledgerlens.adapter.web.http.FieldChecks.each;
import static io.ledgerlens.adapter.web.http.FieldChecks.optional;
import static io.ledgerlens.adapter.web.http.FieldChecks.problem;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredAmount;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredInstant;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredOneOf;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredPositive;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredText;
import static io.ledgerlens.adapter.web.http.FieldChecks.text;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;
import static io.ledgerlens.domain.text.StoredText.LONG;
import static io.ledgerlens.domain.text.StoredText.SHORT;

import io.ledgerlens.adapter.web.recording.EventInput.BillInput;
import io.ledgerlens.adapter.web.recording.EventInput.LineItemInput;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.Amounts;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.ReturnType;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a bill: header, return details, line items and the awards at each level. */
final class BillReader {

    private BillReader() {
    }

    static Validation<Seq<FieldProblem>, Bill> read(String field, BillInput in) {
        var number = requiredText(at(field, "billNumber"), in.billNumber(), SHORT);
        var gross = requiredAmount(at(field, "grossAmount"), in.grossAmount());
        var discount = requiredAmount(at(field, "discount"), in.discount());
        var amount = requiredAmount(at(field, "billAmount"), in.billAmount());
        var note = text(at(field, "note"), in.note(), LONG);
        var source = requiredOneOf(at(field, "source"), in.source(), Source.class).flatMap(one -> one == Source.ALL
                ? problem(at(field, "source"), FieldProblem.INVALID, "a bill comes from one source, not ALL") : valid(one));
        var billDate = requiredInstant(at(field, "billDate"), in.billDate());
        var returned = optional(in.returned(), given -> returned(at(field, "return"), given));
        var lines = lineItems(at(field, "lineItems"), in.lineItems());
        var allocations = AllocationReader.awards(at(field, "allocations"), in.allocations());
        return all(() -> build(field, () -> new Bill(number.get(), new Amounts(gross.get(), discount.get(), amount.get()),
                        note.get().orElse(""), source.get(), billDate.get(), lines.get(), allocations.get(), returned.get())),
                number, gross, discount, amount, note, source, billDate, returned, lines, allocations);
    }

    private static Validation<Seq<FieldProblem>, BillReturn> returned(String field, EventInput.ReturnInput in) {
        var date = requiredInstant(at(field, "returnDate"), in.returnDate());
        var amount = requiredAmount(at(field, "returnAmount"), in.returnAmount());
        var type = requiredOneOf(at(field, "returnType"), in.returnType(), ReturnType.class);
        var billId = requiredText(at(field, "returnBillId"), in.returnBillId(), SHORT);
        return all(() -> valid(new BillReturn(date.get(), amount.get(), type.get(), billId.get())), date, amount, type, billId);
    }

    /** The line items, each id once in the bill. */
    private static Validation<Seq<FieldProblem>, List<LineItem>> lineItems(String field, List<LineItemInput> inputs) {
        var ids = new HashSet<Long>();
        return each(field, inputs, (path, in) -> lineItem(path, in, ids));
    }

    private static Validation<Seq<FieldProblem>, LineItem> lineItem(String path, LineItemInput in, Set<Long> idsBefore) {
        var id = requiredPositive(at(path, "id"), in.id()).flatMap(one -> idsBefore.add(one) ? valid(one)
                : problem(at(path, "id"), FieldProblem.INVALID, "line item ids are unique within a bill"));
        var code = requiredText(at(path, "itemCode"), in.itemCode(), SHORT);
        var gross = requiredAmount(at(path, "grossAmount"), in.grossAmount());
        var discount = requiredAmount(at(path, "discount"), in.discount());
        var amount = requiredAmount(at(path, "amount"), in.amount());
        var rate = requiredAmount(at(path, "rate"), in.rate());
        var qty = requiredAmount(at(path, "qty"), in.qty());
        var returned = optional(in.returned(), given -> lineReturn(at(path, "return"), given));
        var allocations = AllocationReader.awards(at(path, "allocations"), in.allocations());
        return all(() -> build(path, () -> new LineItem(id.get(), code.get(), new Amounts(gross.get(), discount.get(),
                        amount.get()), rate.get(), qty.get(), allocations.get(), returned.get())),
                id, code, gross, discount, amount, rate, qty, returned, allocations);
    }

    private static Validation<Seq<FieldProblem>, LineItemReturn> lineReturn(String field, EventInput.LineReturnInput in) {
        var amount = requiredAmount(at(field, "returnAmount"), in.returnAmount());
        var rate = requiredAmount(at(field, "returnRate"), in.returnRate());
        var qty = requiredAmount(at(field, "returnQty"), in.returnQty());
        var value = requiredAmount(at(field, "returnValue"), in.returnValue());
        var serial = text(at(field, "serialNumber"), in.serialNumber(), SHORT);
        return all(() -> valid(new LineItemReturn(amount.get(), rate.get(), qty.get(), value.get(), serial.get().orElse(""))),
                amount, rate, qty, value, serial);
    }
}

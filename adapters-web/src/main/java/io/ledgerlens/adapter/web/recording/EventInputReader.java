package io.ledgerlens.adapter.web.recording;

import static io.ledgerlens.domain.text.StoredText.LONG;
import static io.ledgerlens.domain.text.StoredText.SHORT;
import io.ledgerlens.adapter.web.write.Checks;
import io.ledgerlens.application.port.in.EventDraft;
import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.PaymentMode;
import io.ledgerlens.domain.event.PointInTimeSlab;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns an {@link EventInput} into an {@link EventDraft} for the org it is
 * recorded in, or into every problem it has, each at its field path.
 */
public final class EventInputReader {


    private final EventInputParser parser = new EventInputParser();

    /** A draft ready to record, or the reasons there is none. */
    public sealed interface Read {

        /** One function per case: a new case fails to compile where reads are folded. */
        <T> T fold(Function<List<FieldProblem>, T> refused, Function<EventDraft, T> drafted);

        record Drafted(EventDraft draft) implements Read {
            public Drafted {
                Objects.requireNonNull(draft, "draft");
            }

            @Override
            public <T> T fold(Function<List<FieldProblem>, T> refused, Function<EventDraft, T> drafted) {
                return drafted.apply(draft);
            }
        }

        /** Every problem of the event, each at its field path. */
        record Refused(List<FieldProblem> problems) implements Read {
            public Refused {
                problems = List.copyOf(problems);
                if (problems.isEmpty()) {
                    throw new IllegalArgumentException("a refusal gives at least one reason");
                }
            }

            @Override
            public <T> T fold(Function<List<FieldProblem>, T> refused, Function<EventDraft, T> drafted) {
                return refused.apply(problems);
            }
        }
    }

    /** The JSON of one event (a request body, a line of an import file), read for the org it is recorded in. */
    public Read read(OrgId org, byte[] json) {
        return parser.parse(json).fold(problem -> new Read.Refused(List.of(problem)), input -> read(org, input));
    }

    public Read read(OrgId org, EventInput in) {
        Objects.requireNonNull(in, "in");
        var checks = new Checks();
        if (!withinBounds(checks, in)) {
            return new Read.Refused(checks.problems());
        }
        var uniqueId = checks.requiredText("uniqueId", in.uniqueId(), SHORT);
        var name = eventName(checks, in.eventName());
        var subject = subject(checks, in);
        var reference = checks.text("eventReferenceId", in.eventReferenceId(), SHORT);
        var eventTime = checks.instant("eventTime", checks.required("eventTime", in.eventTime()));
        var tillId = in.tillId() == null ? LedgerEvent.NO_TILL : in.tillId();
        var bill = name == null ? null : bill(checks, name, in);
        var allocations = AllocationReader.all(checks, "allocations", in.allocations());
        var customFields = namedValues(checks, "customFields", in.customFields());
        var extendedFields = namedValues(checks, "extendedFields", in.extendedFields());
        var paymentModes = each(checks, "paymentModes", in.paymentModes(), (path, mode) -> {
            var modeName = checks.requiredText(path + ".name", mode.name(), SHORT);
            var amount = checks.amount(path + ".amount", checks.required(path + ".amount", mode.amount()));
            return modeName == null || amount == null ? null : new PaymentMode(modeName, amount);
        });
        var slabs = each(checks, "pointInTimeSlabs", in.pointInTimeSlabs(), (path, slab) -> {
            var number = checks.required(path + ".slabNumber", slab.slabNumber());
            var slabName = checks.requiredText(path + ".slabName", slab.slabName(), SHORT);
            var program = checks.positive(path + ".programId", checks.required(path + ".programId", slab.programId()));
            return number == null || slabName == null || program == null ? null
                    : new PointInTimeSlab(number, slabName, program, Boolean.TRUE.equals(slab.defaultProgram()));
        });
        var detail = name == null ? java.util.Optional.<io.ledgerlens.domain.event.detail.EventDetail>empty()
                : DetailReader.read(checks, name, in);
        if (!checks.passed()) {
            return new Read.Refused(checks.problems());
        }
        var draft = new EventDraft(org, subject, id -> LedgerEvent.builder(id, org, name, subject)
                .uniqueId(uniqueId).referenceId(reference == null ? "-1" : reference).eventTime(eventTime).tillId(tillId)
                .bill(bill).allocations(allocations).customFields(customFields).extendedFields(extendedFields)
                .paymentModes(paymentModes).pointInTimeSlabs(slabs).detail(detail.orElse(null))
                .build());
        // The draft's own rules (a bill event needs a bill, and so on) are checked now, with a placeholder id.
        var checked = checks.build("", 0, () -> draft.withId(io.ledgerlens.domain.event.EventLogId.of(1)));
        return checked.isPresent() ? new Read.Drafted(draft) : new Read.Refused(checks.problems());
    }

    /** At most {@link EventParts#MAX_LINE_ITEMS} line items and {@link EventParts#MAX_PARTS} parts, before reading any. */
    private static boolean withinBounds(Checks checks, EventInput in) {
        var lines = in.bill() == null ? null : in.bill().lineItems();
        var fewEnoughLines = checks.atMost("bill.lineItems", lines, EventParts.MAX_LINE_ITEMS, "line items");
        long parts = EventParts.of(in);
        if (parts > EventParts.MAX_PARTS) {
            checks.problem("", FieldProblem.INVALID, "an event has at most " + EventParts.MAX_PARTS + " parts (line items, awards, "
                    + "custom and extended fields, payment modes, tiers, behavioural fields and attributes, program points), not "
                    + parts);
            return false;
        }
        return fewEnoughLines;
    }

    private static EventName eventName(Checks checks, String text) {
        if (checks.required("eventName", text) == null) {
            return null;
        }
        var name = EventName.any(text);
        if (name.isEmpty()) {
            checks.problem("eventName", FieldProblem.UNKNOWN, "eventName must be one of the contract's event names");
            return null;
        }
        return name.get();
    }

    private static EventSubject subject(Checks checks, EventInput in) {
        if (in.customerId() != null && in.userGroupId() != null) {
            checks.problem("userGroupId", FieldProblem.NOT_ALLOWED, "an event is on a customer's or a group's ledger, not both");
            return null;
        }
        if (in.customerId() == null && in.userGroupId() == null) {
            checks.problem("customerId", FieldProblem.REQUIRED, "customerId (or userGroupId) is required");
            return null;
        }
        if (in.customerId() != null) {
            var id = checks.positive("customerId", in.customerId());
            return id == null ? null : EventSubject.customer(CustomerId.of(id));
        }
        var id = checks.positive("userGroupId", in.userGroupId());
        return id == null ? null : EventSubject.userGroup(UserGroupId.of(id));
    }

    private static io.ledgerlens.domain.event.Bill bill(Checks checks, EventName name, EventInput in) {
        if (!name.isBillEvent()) {
            if (in.bill() != null) {
                checks.problem("bill", FieldProblem.NOT_ALLOWED, name.wireName() + " events carry no bill");
            }
            return null;
        }
        if (checks.required("bill", in.bill()) == null) {
            return null;
        }
        if (in.allocations() != null && !in.allocations().isEmpty()) {
            checks.problem("allocations", FieldProblem.NOT_ALLOWED,
                    "a bill event books its points on the bill and its line items");
        }
        if (name == EventName.RETURN_BILL && in.bill().returned() == null) {
            checks.problem("bill.return", FieldProblem.REQUIRED,
                    "a ReturnBill names the bill it gives back: bill.return with its returnBillId");
        }
        return BillReader.read(checks, "bill", in.bill()).orElse(null);
    }

    private static List<NamedValue> namedValues(Checks checks, String field, List<EventInput.NamedValueInput> inputs) {
        return each(checks, field, inputs, (path, value) -> {
            var fieldName = checks.requiredText(path + ".name", value.name(), SHORT);
            var text = checks.text(path + ".value", value.value(), LONG);
            return fieldName == null ? null : new NamedValue(fieldName, text == null ? "" : text);
        });
    }

    private static <I, T> List<T> each(Checks checks, String field, List<I> inputs,
                                       java.util.function.BiFunction<String, I, T> reader) {
        var values = new ArrayList<T>();
        if (inputs == null) {
            return values;
        }
        for (int i = 0; i < inputs.size(); i++) {
            var path = Checks.at(field, i);
            if (checks.required(path, inputs.get(i)) != null) {
                var value = reader.apply(path, inputs.get(i));
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}

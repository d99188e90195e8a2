package io.ledgerlens.adapter.web.recording;

import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.at;
import static io.ledgerlens.adapter.web.http.FieldChecks.atMost;
import static io.ledgerlens.adapter.web.http.FieldChecks.build;
import static io.ledgerlens.adapter.web.http.FieldChecks.each;
import static io.ledgerlens.adapter.web.http.FieldChecks.positive;
import static io.ledgerlens.adapter.web.http.FieldChecks.problem;
import static io.ledgerlens.adapter.web.http.FieldChecks.required;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredAmount;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredInstant;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredPositive;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredText;
import static io.ledgerlens.adapter.web.http.FieldChecks.rule;
import static io.ledgerlens.adapter.web.http.FieldChecks.text;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;
import static io.ledgerlens.domain.text.StoredText.LONG;
import static io.ledgerlens.domain.text.StoredText.SHORT;

import io.ledgerlens.adapter.web.http.FieldChecks;
import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.PaymentMode;
import io.ledgerlens.domain.event.PointInTimeSlab;
import io.ledgerlens.domain.event.detail.EventDetail;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.AllocationKind;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns an {@link EventInput} into an {@link EventDraft} for the org it is
 * recorded in, or into every problem it has, each at its field path.
 */
public final class EventInputReader {


    private final EventInputParser parser = new EventInputParser();

    /** A draft ready to record, or the reasons there is none. */
    public sealed interface Read {

        /**
         * One function per case: a new case fails to compile where reads are folded.
         *
         * @param <T> what both cases become
         * @param refused what to make of the problems, if the event was refused
         * @param drafted what to make of the draft
         * @return what the function of this case returned
         */
        <T> T fold(Function<List<FieldProblem>, T> refused, Function<EventDraft, T> drafted);

        /**
         * An event with no problem, ready to record once it has an id.
         *
         * @param draft the event, for the org it is recorded in
         */
        record Drafted(EventDraft draft) implements Read {
            /**
             * Refuses {@code null}.
             *
             * @param draft the event, with every field checked
             */
            public Drafted {
                Objects.requireNonNull(draft, "draft");
            }

            @Override
            public <T> T fold(Function<List<FieldProblem>, T> refused, Function<EventDraft, T> drafted) {
                return drafted.apply(draft);
            }
        }

        /**
         * Every problem of the event, each at its field path.
         *
         * @param problems the problems, in the order the event's fields are read
         */
        record Refused(List<FieldProblem> problems) implements Read {
            /**
             * Keeps a copy; a refusal without a reason is refused.
             *
             * @param problems at least one problem
             */
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

    /**
     * The JSON of one event (a request body, a line of an import file), read for the org it is recorded in.
     *
     * @param org the caller's org, which the event is recorded in
     * @param json the event's JSON, as sent
     * @return the draft, or the one problem that kept the JSON from being read, or every problem of the event
     */
    public Read read(OrgId org, byte[] json) {
        return parser.parse(json).fold(problem -> new Read.Refused(List.of(problem)), input -> read(org, input));
    }

    /**
     * An event already parsed, read for the org it is recorded in: first its size (line items, parts), then every
     * field, and last the draft's own rules.
     *
     * @param org the caller's org, which the event is recorded in
     * @param in the event as parsed
     * @return the draft, or every problem of the event
     */
    public Read read(OrgId org, EventInput in) {
        Objects.requireNonNull(in, "in");
        return withinBounds(in).flatMap(bounded -> draft(org, in))
                .fold(problems -> new Read.Refused(problems.asJava()), Read.Drafted::new);
    }

    private static Validation<Seq<FieldProblem>, EventDraft> draft(OrgId org, EventInput in) {
        var uniqueId = requiredText("uniqueId", in.uniqueId(), SHORT);
        var name = eventName(in.eventName());
        var subject = subject(in);
        var reference = text("eventReferenceId", in.eventReferenceId(), SHORT);
        var eventTime = requiredInstant("eventTime", in.eventTime());
        var tillId = in.tillId() == null ? LedgerEvent.NO_TILL : in.tillId();
        // Only a known name says which bill and block an event may carry: an unknown one is its only problem.
        var bill = name.isValid() ? bill(name.get(), in) : valid(Optional.<Bill>empty());
        var allocations = AllocationReader.awards("allocations", in.allocations());
        var targetAwards = name.isValid() && name.get() == EventName.TARGET_COMPLETED ? promoOrPromisedOnly(in) : valid(true);
        var customFields = namedValues("customFields", in.customFields());
        var extendedFields = namedValues("extendedFields", in.extendedFields());
        var paymentModes = each("paymentModes", in.paymentModes(), (path, mode) -> {
            var modeName = requiredText(at(path, "name"), mode.name(), SHORT);
            var amount = requiredAmount(at(path, "amount"), mode.amount());
            return all(() -> valid(new PaymentMode(modeName.get(), amount.get())), modeName, amount);
        });
        var slabs = each("pointInTimeSlabs", in.pointInTimeSlabs(), (path, slab) -> {
            var number = required(at(path, "slabNumber"), slab.slabNumber());
            var slabName = requiredText(at(path, "slabName"), slab.slabName(), SHORT);
            var program = requiredPositive(at(path, "programId"), slab.programId());
            return all(() -> valid(new PointInTimeSlab(number.get(), slabName.get(), program.get(),
                    Boolean.TRUE.equals(slab.defaultProgram()))), number, slabName, program);
        });
        var detail = name.isValid() ? DetailReader.read(name.get(), in) : valid(Optional.<EventDetail>empty());
        return all(() -> {
                    var draft = new EventDraft(org, subject.get(), id -> LedgerEvent.builder(id, org, name.get(), subject.get())
                            .uniqueId(uniqueId.get()).referenceId(reference.get().orElse("-1")).eventTime(eventTime.get())
                            .tillId(tillId).bill(bill.get().orElse(null)).allocations(allocations.get())
                            .customFields(customFields.get()).extendedFields(extendedFields.get())
                            .paymentModes(paymentModes.get()).pointInTimeSlabs(slabs.get())
                            .detail(detail.get().orElse(null)).build());
                    // The draft's own rules (a bill event needs a bill, and so on) are checked now, as its fingerprint is
                    // computed: on the caller's thread, not in the transaction of the group it will wait in.
                    return build("", draft::fingerprint).map(checked -> draft);
                },
                uniqueId, name, subject, reference, eventTime, bill, allocations, targetAwards, customFields, extendedFields,
                paymentModes, slabs, detail);
    }

    /** At most {@link EventParts#MAX_LINE_ITEMS} line items and {@link EventParts#MAX_PARTS} parts, before reading any. */
    private static Validation<Seq<FieldProblem>, Boolean> withinBounds(EventInput in) {
        var lines = in.bill() == null ? null : in.bill().lineItems();
        var fewEnoughLines = atMost("bill.lineItems", lines, EventParts.MAX_LINE_ITEMS, "line items");
        long parts = EventParts.of(in);
        var fewEnoughParts = rule(parts <= EventParts.MAX_PARTS, "", FieldProblem.INVALID, "an event has at most "
                + EventParts.MAX_PARTS + " parts (line items, awards, custom and extended fields, payment modes, tiers,"
                + " behavioural fields and attributes, program points), not " + parts);
        return all(() -> valid(true), fewEnoughLines, fewEnoughParts);
    }

    /** A target's points show as promo and promised only (§7.5.1 has no regular key): a regular award would vanish. */
    private static Validation<Seq<FieldProblem>, Boolean> promoOrPromisedOnly(EventInput in) {
        var regular = in.allocations() != null && in.allocations().stream()
                .anyMatch(award -> award != null && AllocationKind.REGULAR.name().equals(award.kind()));
        return rule(!regular, "allocations", FieldProblem.NOT_ALLOWED,
                "a TargetCompleted awards PROMO or PROMISED points only");
    }

    private static Validation<Seq<FieldProblem>, EventName> eventName(String text) {
        return required("eventName", text).flatMap(given -> EventName.any(given)
                .<Validation<Seq<FieldProblem>, EventName>>map(FieldChecks::valid)
                .orElseGet(() -> problem("eventName", FieldProblem.UNKNOWN, "eventName must be one of the contract's event names")));
    }

    private static Validation<Seq<FieldProblem>, EventSubject> subject(EventInput in) {
        if (in.customerId() != null && in.userGroupId() != null) {
            return problem("userGroupId", FieldProblem.NOT_ALLOWED, "an event is on a customer's or a group's ledger, not both");
        }
        if (in.customerId() == null && in.userGroupId() == null) {
            return problem("customerId", FieldProblem.REQUIRED, "customerId (or userGroupId) is required");
        }
        if (in.customerId() != null) {
            return positive("customerId", in.customerId()).map(id -> EventSubject.customer(CustomerId.of(id)));
        }
        return positive("userGroupId", in.userGroupId()).map(id -> EventSubject.userGroup(UserGroupId.of(id)));
    }

    private static Validation<Seq<FieldProblem>, Optional<Bill>> bill(EventName name, EventInput in) {
        if (!name.isBillEvent()) {
            return in.bill() == null ? valid(Optional.empty())
                    : problem("bill", FieldProblem.NOT_ALLOWED, name.wireName() + " events carry no bill");
        }
        return required("bill", in.bill()).flatMap(given -> {
            var noEventAwards = rule(in.allocations() == null || in.allocations().isEmpty(), "allocations",
                    FieldProblem.NOT_ALLOWED, "a bill event books its points on the bill and its line items");
            var returnNamed = rule(name != EventName.RETURN_BILL || given.returned() != null, "bill.return",
                    FieldProblem.REQUIRED, "a ReturnBill names the bill it gives back: bill.return with its returnBillId");
            var bill = BillReader.read("bill", given);
            return all(() -> bill.map(Optional::of), noEventAwards, returnNamed, bill);
        });
    }

    private static Validation<Seq<FieldProblem>, List<NamedValue>> namedValues(String field, List<EventInput.NamedValueInput> inputs) {
        return each(field, inputs, (path, value) -> {
            var fieldName = requiredText(at(path, "name"), value.name(), SHORT);
            var text = text(at(path, "value"), value.value(), LONG);
            return all(() -> valid(new NamedValue(fieldName.get(), text.get().orElse(""))), fieldName, text);
        });
    }
}

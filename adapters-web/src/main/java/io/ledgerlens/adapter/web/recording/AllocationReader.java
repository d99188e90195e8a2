package io.ledgerlens.adapter.web.recording;

import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.at;
import static io.ledgerlens.adapter.web.http.FieldChecks.build;
import static io.ledgerlens.adapter.web.http.FieldChecks.each;
import static io.ledgerlens.adapter.web.http.FieldChecks.instant;
import static io.ledgerlens.adapter.web.http.FieldChecks.amount;
import static io.ledgerlens.adapter.web.http.FieldChecks.date;
import static io.ledgerlens.adapter.web.http.FieldChecks.optional;
import static io.ledgerlens.adapter.web.http.FieldChecks.problem;
import static io.ledgerlens.adapter.web.http.FieldChecks.required;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredAmount;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredInstant;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredOneOf;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredPositive;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredText;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;
import static io.ledgerlens.domain.text.StoredText.SHORT;

import io.ledgerlens.adapter.web.recording.EventInput.AllocationInput;
import io.ledgerlens.adapter.web.recording.EventInput.ReferenceInput;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.points.AllocationKind;
import io.ledgerlens.domain.points.AllocationRule;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads awards (points or alternate currency) and the reference data they name. */
final class AllocationReader {

    private AllocationReader() {
    }

    static Validation<Seq<FieldProblem>, List<PointsAllocation>> awards(String field, List<AllocationInput> inputs) {
        return each(field, inputs, AllocationReader::one);
    }

    private static Validation<Seq<FieldProblem>, PointsAllocation> one(String field, AllocationInput in) {
        var kind = requiredOneOf(at(field, "kind"), in.kind(), AllocationKind.class);
        var value = requiredAmount(at(field, "value"), in.value());
        var sourceValue = requiredAmount(at(field, "sourceValue"), in.sourceValue());
        var awardedOn = requiredInstant(at(field, "awardedOn"), in.awardedOn());
        var expiresOn = optional(in.expiresOn(), text -> instant(at(field, "expiresOn"), text));
        var conversionDate = optional(in.conversionDate(), text -> instant(at(field, "conversionDate"), text));
        var program = program(at(field, "program"), in.program());
        var category = named(at(field, "category"), in.category());
        var strategy = named(at(field, "allocationStrategy"), in.allocationStrategy());
        var expiry = expiryStrategy(at(field, "expiryStrategy"), in.expiryStrategy());
        var promotion = optional(in.promotion(), given -> promotion(at(field, "promotion"), given));
        var currency = optional(in.alternateCurrency(), given -> currency(at(field, "alternateCurrency"), given));
        var returned = optional(in.returnedPoints(), points -> amount(at(field, "returnedPoints"), points));
        var action = optional(in.awardAction(), given -> awardAction(at(field, "awardAction"), given));
        var lapsesAfterConverting = lapsesAfterConverting(field, kind, expiresOn, conversionDate);
        return all(() -> build(field, () -> new PointsAllocation(kind.get(), value.get(),
                        new AllocationRule(program.get(), new PointsCategory(category.get().id(), category.get().name()),
                                new AllocationStrategy(strategy.get().id(), strategy.get().name()), expiry.get()),
                        sourceValue.get(), awardedOn.get(), expiresOn.get(), conversionDate.get(),
                        promotion.get(), currency.get(), returned.get(), action.get())),
                kind, value, sourceValue, awardedOn, expiresOn, conversionDate, program, category, strategy, expiry,
                promotion, currency, returned, action, lapsesAfterConverting);
    }

    /**
     * A promised award may name the date its points lapse once they have converted (the breakup shows it,
     * §7.2); points cannot lapse before they exist, so that date is never before the conversion date. Checked
     * here, at the door, rather than in the domain: ledgers recorded before this check must still read.
     */
    private static Validation<Seq<FieldProblem>, Boolean> lapsesAfterConverting(
            String field, Validation<Seq<FieldProblem>, AllocationKind> kind,
            Validation<Seq<FieldProblem>, Optional<Instant>> expiresOn,
            Validation<Seq<FieldProblem>, Optional<Instant>> conversionDate) {
        if (kind.isInvalid() || expiresOn.isInvalid() || conversionDate.isInvalid() || kind.get() != AllocationKind.PROMISED
                || expiresOn.get().isEmpty() || conversionDate.get().isEmpty()
                || !expiresOn.get().get().isBefore(conversionDate.get().get())) {
            return valid(true);
        }
        return problem(at(field, "expiresOn"), FieldProblem.INVALID,
                at(field, "expiresOn") + " is when promised points lapse once converted, so it cannot be before "
                        + at(field, "conversionDate"));
    }

    private record Named(long id, String name) {
    }

    private static Validation<Seq<FieldProblem>, Named> named(String field, ReferenceInput given) {
        return required(field, given).flatMap(in -> {
            var id = requiredPositive(at(field, "id"), in.id());
            var name = requiredText(at(field, "name"), in.name(), SHORT);
            return all(() -> valid(new Named(id.get(), name.get())), id, name);
        });
    }

    static Validation<Seq<FieldProblem>, Program> program(String field, ReferenceInput in) {
        return named(field, in).map(named -> new Program(named.id(), named.name(), Boolean.TRUE.equals(in.isDefault())));
    }

    private static Validation<Seq<FieldProblem>, ExpiryStrategy> expiryStrategy(String field, ReferenceInput given) {
        return named(field, given).flatMap(named -> requiredOneOf(at(field, "type"), given.type(), ExpiryType.class)
                .map(type -> new ExpiryStrategy(named.id(), named.name(), type)));
    }

    private static Validation<Seq<FieldProblem>, Promotion> promotion(String field, ReferenceInput in) {
        var named = named(field, in);
        var start = optional(in.startDate(), text -> date(at(field, "startDate"), text));
        var end = optional(in.endDate(), text -> date(at(field, "endDate"), text));
        return all(() -> valid(new Promotion(named.get().id(), named.get().name(), start.get(), end.get())), named, start, end);
    }

    private static Validation<Seq<FieldProblem>, AlternateCurrency> currency(String field, ReferenceInput in) {
        var named = named(field, in);
        var identifier = requiredText(at(field, "identifier"), in.identifier(), SHORT);
        return all(() -> valid(new AlternateCurrency(named.get().id(), named.get().name(), identifier.get())), named, identifier);
    }

    private static Validation<Seq<FieldProblem>, AwardAction> awardAction(String field, EventInput.AwardActionInput in) {
        var id = requiredPositive(at(field, "id"), in.id());
        var name = requiredText(at(field, "name"), in.name(), SHORT);
        var rulesetId = requiredPositive(at(field, "rulesetId"), in.rulesetId());
        var rulesetName = requiredText(at(field, "rulesetName"), in.rulesetName(), SHORT);
        return all(() -> valid(new AwardAction(id.get(), name.get(), rulesetId.get(), rulesetName.get())),
                id, name, rulesetId, rulesetName);
    }
}

package io.ledgerlens.adapter.web.recording;

import static io.ledgerlens.domain.text.StoredText.SHORT;
import static io.ledgerlens.adapter.web.write.Checks.at;

import io.ledgerlens.adapter.web.write.Checks;
import io.ledgerlens.adapter.web.recording.EventInput.AllocationInput;
import io.ledgerlens.adapter.web.recording.EventInput.ReferenceInput;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads awards (points or alternate currency) and the reference data they name. */
final class AllocationReader {

    private AllocationReader() {
    }

    static List<PointsAllocation> all(Checks checks, String field, List<AllocationInput> inputs) {
        var allocations = new ArrayList<PointsAllocation>();
        if (inputs == null) {
            return allocations;
        }
        for (int i = 0; i < inputs.size(); i++) {
            one(checks, at(field, i), inputs.get(i)).ifPresent(allocations::add);
        }
        return allocations;
    }

    private static Optional<PointsAllocation> one(Checks checks, String field, AllocationInput in) {
        int before = checks.count();
        if (checks.required(field, in) == null) {
            return Optional.empty();
        }
        var kind = checks.oneOf(at(field, "kind"), checks.required(at(field, "kind"), in.kind()), AllocationKind.class);
        var value = checks.amount(at(field, "value"), checks.required(at(field, "value"), in.value()));
        var sourceValue = checks.amount(at(field, "sourceValue"), checks.required(at(field, "sourceValue"), in.sourceValue()));
        var awardedOn = checks.instant(at(field, "awardedOn"), checks.required(at(field, "awardedOn"), in.awardedOn()));
        var expiresOn = checks.instant(at(field, "expiresOn"), in.expiresOn());
        var conversionDate = checks.instant(at(field, "conversionDate"), in.conversionDate());
        var program = program(checks, at(field, "program"), in.program());
        var category = named(checks, at(field, "category"), in.category());
        var strategy = named(checks, at(field, "allocationStrategy"), in.allocationStrategy());
        var expiry = expiryStrategy(checks, at(field, "expiryStrategy"), in.expiryStrategy());
        var promotion = promotion(checks, at(field, "promotion"), in.promotion());
        var currency = currency(checks, at(field, "alternateCurrency"), in.alternateCurrency());
        var returned = checks.amount(at(field, "returnedPoints"), in.returnedPoints());
        var action = awardAction(checks, at(field, "awardAction"), in.awardAction());
        return checks.build(field, before, () -> new PointsAllocation(kind, value,
                new AllocationRule(program, new PointsCategory(category.id(), category.name()),
                        new AllocationStrategy(strategy.id(), strategy.name()), expiry),
                sourceValue, awardedOn, Optional.ofNullable(expiresOn), Optional.ofNullable(conversionDate),
                promotion, currency, Optional.ofNullable(returned), action));
    }

    private record Named(long id, String name) {
    }

    private static Named named(Checks checks, String field, ReferenceInput in) {
        if (checks.required(field, in) == null) {
            return null;
        }
        var id = checks.positive(at(field, "id"), checks.required(at(field, "id"), in.id()));
        var name = checks.requiredText(at(field, "name"), in.name(), SHORT);
        return id == null || name == null ? null : new Named(id, name);
    }

    static Program program(Checks checks, String field, ReferenceInput in) {
        var named = named(checks, field, in);
        return named == null ? null : new Program(named.id(), named.name(), Boolean.TRUE.equals(in.isDefault()));
    }

    private static ExpiryStrategy expiryStrategy(Checks checks, String field, ReferenceInput in) {
        var named = named(checks, field, in);
        if (named == null) {
            return null;
        }
        var type = checks.oneOf(at(field, "type"), checks.required(at(field, "type"), in.type()), ExpiryType.class);
        return type == null ? null : new ExpiryStrategy(named.id(), named.name(), type);
    }

    private static Optional<Promotion> promotion(Checks checks, String field, ReferenceInput in) {
        if (in == null) {
            return Optional.empty();
        }
        var named = named(checks, field, in);
        var start = checks.date(at(field, "startDate"), in.startDate());
        var end = checks.date(at(field, "endDate"), in.endDate());
        return named == null ? Optional.empty()
                : Optional.of(new Promotion(named.id(), named.name(), Optional.ofNullable(start), Optional.ofNullable(end)));
    }

    private static Optional<AlternateCurrency> currency(Checks checks, String field, ReferenceInput in) {
        if (in == null) {
            return Optional.empty();
        }
        var named = named(checks, field, in);
        var identifier = checks.requiredText(at(field, "identifier"), in.identifier(), SHORT);
        return named == null || identifier == null ? Optional.empty()
                : Optional.of(new AlternateCurrency(named.id(), named.name(), identifier));
    }

    private static Optional<AwardAction> awardAction(Checks checks, String field, EventInput.AwardActionInput in) {
        if (in == null) {
            return Optional.empty();
        }
        var id = checks.positive(at(field, "id"), checks.required(at(field, "id"), in.id()));
        var name = checks.requiredText(at(field, "name"), in.name(), SHORT);
        var rulesetId = checks.positive(at(field, "rulesetId"), checks.required(at(field, "rulesetId"), in.rulesetId()));
        var rulesetName = checks.requiredText(at(field, "rulesetName"), in.rulesetName(), SHORT);
        return id == null || name == null || rulesetId == null || rulesetName == null ? Optional.empty()
                : Optional.of(new AwardAction(id, name, rulesetId, rulesetName));
    }
}

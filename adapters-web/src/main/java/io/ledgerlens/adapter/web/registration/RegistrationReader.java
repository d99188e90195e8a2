package io.ledgerlens.adapter.web.registration;

import static io.ledgerlens.domain.text.StoredText.SHORT;
import io.ledgerlens.adapter.web.registration.RegistrationJson.AllocationStrategyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.AlternateCurrencyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.ExpiryStrategyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.OrgJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.PointsCategoryJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.ProgramJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.PromotionJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.TierJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.TillJson;
import io.ledgerlens.adapter.web.write.Checks;
import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the body of an org or reference data registration, with the ids of its
 * path, into the domain value it registers, or into every problem it has, each
 * at its field path. Ids come from the path; a body may repeat them, and then
 * they must match. Customers and groups: {@link CustomerReader}.
 */
final class RegistrationReader {

    private static final Set<String> TIME_ZONES = ZoneId.getAvailableZoneIds();

    private RegistrationReader() {
    }

    static Optional<Org> org(Checks checks, Long orgId, OrgJson in) {
        samePath(checks, "orgId", in.orgId(), orgId);
        var name = checks.requiredText("name", in.name(), SHORT);
        var parent = checks.positive("parentOrgId", in.parentOrgId());
        if (parent != null && parent.equals(orgId)) {
            checks.problem("parentOrgId", FieldProblem.INVALID, "an org cannot be its own parent");
        }
        var zone = timeZone(checks, checks.required("timeZone", in.timeZone()));
        boolean capturing = Boolean.TRUE.equals(in.sourceValueCapturing());
        return checks.build("", 0, () -> parent == null
                ? Org.root(OrgId.of(orgId), name, zone, capturing)
                : Org.childOf(OrgId.of(parent), OrgId.of(orgId), name, zone, capturing));
    }

    private static ZoneId timeZone(Checks checks, String text) {
        if (text == null) {
            return null;
        }
        if (!TIME_ZONES.contains(text)) {
            checks.problem("timeZone", FieldProblem.INVALID, "timeZone must be a time zone of the IANA database, e.g. Asia/Kolkata");
            return null;
        }
        return ZoneId.of(text);
    }

    static Optional<Program> program(Checks checks, Long orgId, Long programId, ProgramJson in) {
        samePath(checks, "orgId", in.orgId(), orgId);
        samePath(checks, "programId", in.programId(), programId);
        var name = checks.requiredText("name", in.name(), SHORT);
        return checks.build("", 0, () -> new Program(programId, name, Boolean.TRUE.equals(in.isDefault())));
    }

    static Optional<PointsCategory> pointsCategory(Checks checks, Long orgId, Long categoryId, PointsCategoryJson in) {
        samePath(checks, "orgId", in.orgId(), orgId);
        samePath(checks, "pointsCategoryId", in.pointsCategoryId(), categoryId);
        var name = checks.requiredText("name", in.name(), SHORT);
        return checks.build("", 0, () -> new PointsCategory(categoryId, name));
    }

    static Optional<AllocationStrategy> allocationStrategy(Checks checks, Long orgId, Long strategyId, AllocationStrategyJson in) {
        samePath(checks, "orgId", in.orgId(), orgId);
        samePath(checks, "allocationStrategyId", in.allocationStrategyId(), strategyId);
        var name = checks.requiredText("name", in.name(), SHORT);
        return checks.build("", 0, () -> new AllocationStrategy(strategyId, name));
    }

    static Optional<ExpiryStrategy> expiryStrategy(Checks checks, Long orgId, Long strategyId, ExpiryStrategyJson in) {
        samePath(checks, "orgId", in.orgId(), orgId);
        samePath(checks, "expiryStrategyId", in.expiryStrategyId(), strategyId);
        var name = checks.requiredText("name", in.name(), SHORT);
        var type = checks.oneOf("type", checks.required("type", in.type()), ExpiryType.class);
        return checks.build("", 0, () -> new ExpiryStrategy(strategyId, name, type));
    }

    static Optional<Promotion> promotion(Checks checks, Long orgId, Long promotionId, PromotionJson in) {
        samePath(checks, "orgId", in.orgId(), orgId);
        samePath(checks, "promotionId", in.promotionId(), promotionId);
        var name = checks.requiredText("name", in.name(), SHORT);
        var start = checks.date("startDate", in.startDate());
        var end = checks.date("endDate", in.endDate());
        if (start != null && end != null && end.isBefore(start)) {
            checks.problem("endDate", FieldProblem.INVALID, "endDate must not be before startDate");
        }
        return checks.build("", 0, () -> new Promotion(promotionId, name, Optional.ofNullable(start), Optional.ofNullable(end)));
    }

    static Optional<AlternateCurrency> alternateCurrency(Checks checks, Long orgId, Long currencyId, AlternateCurrencyJson in) {
        samePath(checks, "orgId", in.orgId(), orgId);
        samePath(checks, "alternateCurrencyId", in.alternateCurrencyId(), currencyId);
        var name = checks.requiredText("name", in.name(), SHORT);
        var identifier = checks.requiredText("identifier", in.identifier(), SHORT);
        return checks.build("", 0, () -> new AlternateCurrency(currencyId, name, identifier));
    }

    static Optional<Till> till(Checks checks, Long orgId, Long tillId, TillJson in) {
        samePath(checks, "orgId", in.orgId(), orgId);
        samePath(checks, "tillId", in.tillId(), tillId);
        var code = checks.requiredText("code", in.code(), SHORT);
        return checks.build("", 0, () -> new Till(tillId, code));
    }

    static Optional<Tier> tier(Checks checks, Long orgId, Long programId, Integer slabNumber, TierJson in) {
        samePath(checks, "orgId", in.orgId(), orgId);
        samePath(checks, "programId", in.programId(), programId);
        samePath(checks, "slabNumber", in.slabNumber(), slabNumber);
        var name = checks.requiredText("name", in.name(), SHORT);
        return checks.build("", 0, () -> new Tier(programId, slabNumber, name));
    }

    /** A body that repeats an id of its path must say the same. */
    static void samePath(Checks checks, String field, Object inBody, Object inPath) {
        if (inBody != null && inPath != null && !Objects.equals(inBody, inPath)) {
            checks.problem(field, FieldProblem.INVALID, field + " in the body must match the path (" + inPath + ")");
        }
    }
}

package io.ledgerlens.adapter.web.registration;

import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.build;
import static io.ledgerlens.adapter.web.http.FieldChecks.date;
import static io.ledgerlens.adapter.web.http.FieldChecks.optional;
import static io.ledgerlens.adapter.web.http.FieldChecks.positive;
import static io.ledgerlens.adapter.web.http.FieldChecks.problem;
import static io.ledgerlens.adapter.web.http.FieldChecks.required;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredOneOf;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredText;
import static io.ledgerlens.adapter.web.http.FieldChecks.rule;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;
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
import io.ledgerlens.application.port.in.registration.FieldProblem;
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
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

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

    static Validation<Seq<FieldProblem>, Org> org(Validation<Seq<FieldProblem>, Long> orgId, OrgJson in) {
        var sameOrg = samePath("orgId", in.orgId(), orgId);
        var name = requiredText("name", in.name(), SHORT);
        var parent = optional(in.parentOrgId(), id -> positive("parentOrgId", id)).flatMap(given -> given.isPresent()
                && orgId.isValid() && given.get().equals(orgId.get())
                ? problem("parentOrgId", FieldProblem.INVALID, "an org cannot be its own parent") : valid(given));
        var zone = required("timeZone", in.timeZone()).flatMap(RegistrationReader::timeZone);
        boolean capturing = Boolean.TRUE.equals(in.sourceValueCapturing());
        return all(() -> build("", () -> parent.get()
                        .map(parentId -> Org.childOf(OrgId.of(parentId), OrgId.of(orgId.get()), name.get(), zone.get(), capturing))
                        .orElseGet(() -> Org.root(OrgId.of(orgId.get()), name.get(), zone.get(), capturing))),
                orgId, sameOrg, name, parent, zone);
    }

    private static Validation<Seq<FieldProblem>, ZoneId> timeZone(String text) {
        return TIME_ZONES.contains(text) ? valid(ZoneId.of(text))
                : problem("timeZone", FieldProblem.INVALID, "timeZone must be a time zone of the IANA database, e.g. Asia/Kolkata");
    }

    static Validation<Seq<FieldProblem>, Program> program(Validation<Seq<FieldProblem>, Long> orgId,
                                                         Validation<Seq<FieldProblem>, Long> programId, ProgramJson in) {
        return identifiedAndNamed(orgId, in.orgId(), "programId", programId, in.programId(), "name", in.name(),
                (id, name) -> new Program(id, name, Boolean.TRUE.equals(in.isDefault())));
    }

    static Validation<Seq<FieldProblem>, PointsCategory> pointsCategory(Validation<Seq<FieldProblem>, Long> orgId,
                                                                        Validation<Seq<FieldProblem>, Long> categoryId,
                                                                        PointsCategoryJson in) {
        return identifiedAndNamed(orgId, in.orgId(), "pointsCategoryId", categoryId, in.pointsCategoryId(), "name", in.name(),
                PointsCategory::new);
    }

    static Validation<Seq<FieldProblem>, AllocationStrategy> allocationStrategy(Validation<Seq<FieldProblem>, Long> orgId,
                                                                                Validation<Seq<FieldProblem>, Long> strategyId,
                                                                                AllocationStrategyJson in) {
        return identifiedAndNamed(orgId, in.orgId(), "allocationStrategyId", strategyId, in.allocationStrategyId(), "name",
                in.name(), AllocationStrategy::new);
    }

    /**
     * Reference data that is an id of its path and a name (a till's is its code): the path's ids first, then the body's
     * repeats of them, then the name.
     */
    private static <T> Validation<Seq<FieldProblem>, T> identifiedAndNamed(
            Validation<Seq<FieldProblem>, Long> orgId, Long orgInBody, String idField, Validation<Seq<FieldProblem>, Long> id,
            Long idInBody, String nameField, String nameInBody, BiFunction<Long, String, T> construction) {
        var sameOrg = samePath("orgId", orgInBody, orgId);
        var sameId = samePath(idField, idInBody, id);
        var name = requiredText(nameField, nameInBody, SHORT);
        return all(() -> build("", () -> construction.apply(id.get(), name.get())), orgId, id, sameOrg, sameId, name);
    }

    static Validation<Seq<FieldProblem>, ExpiryStrategy> expiryStrategy(Validation<Seq<FieldProblem>, Long> orgId,
                                                                        Validation<Seq<FieldProblem>, Long> strategyId,
                                                                        ExpiryStrategyJson in) {
        var sameOrg = samePath("orgId", in.orgId(), orgId);
        var sameStrategy = samePath("expiryStrategyId", in.expiryStrategyId(), strategyId);
        var name = requiredText("name", in.name(), SHORT);
        var type = requiredOneOf("type", in.type(), ExpiryType.class);
        return all(() -> build("", () -> new ExpiryStrategy(strategyId.get(), name.get(), type.get())),
                orgId, strategyId, sameOrg, sameStrategy, name, type);
    }

    static Validation<Seq<FieldProblem>, Promotion> promotion(Validation<Seq<FieldProblem>, Long> orgId,
                                                              Validation<Seq<FieldProblem>, Long> promotionId, PromotionJson in) {
        var sameOrg = samePath("orgId", in.orgId(), orgId);
        var samePromotion = samePath("promotionId", in.promotionId(), promotionId);
        var name = requiredText("name", in.name(), SHORT);
        var start = optional(in.startDate(), text -> date("startDate", text));
        var end = optional(in.endDate(), text -> date("endDate", text));
        var inOrder = rule(!start.isValid() || !end.isValid() || start.get().isEmpty() || end.get().isEmpty()
                || !end.get().get().isBefore(start.get().get()), "endDate", FieldProblem.INVALID, "endDate must not be before startDate");
        return all(() -> build("", () -> new Promotion(promotionId.get(), name.get(), start.get(), end.get())),
                orgId, promotionId, sameOrg, samePromotion, name, start, end, inOrder);
    }

    static Validation<Seq<FieldProblem>, AlternateCurrency> alternateCurrency(Validation<Seq<FieldProblem>, Long> orgId,
                                                                              Validation<Seq<FieldProblem>, Long> currencyId,
                                                                              AlternateCurrencyJson in) {
        var sameOrg = samePath("orgId", in.orgId(), orgId);
        var sameCurrency = samePath("alternateCurrencyId", in.alternateCurrencyId(), currencyId);
        var name = requiredText("name", in.name(), SHORT);
        var identifier = requiredText("identifier", in.identifier(), SHORT);
        return all(() -> build("", () -> new AlternateCurrency(currencyId.get(), name.get(), identifier.get())),
                orgId, currencyId, sameOrg, sameCurrency, name, identifier);
    }

    static Validation<Seq<FieldProblem>, Till> till(Validation<Seq<FieldProblem>, Long> orgId,
                                                    Validation<Seq<FieldProblem>, Long> tillId, TillJson in) {
        return identifiedAndNamed(orgId, in.orgId(), "tillId", tillId, in.tillId(), "code", in.code(), Till::new);
    }

    static Validation<Seq<FieldProblem>, Tier> tier(Validation<Seq<FieldProblem>, Long> orgId,
                                                    Validation<Seq<FieldProblem>, Long> programId,
                                                    Validation<Seq<FieldProblem>, Integer> slabNumber, TierJson in) {
        var sameOrg = samePath("orgId", in.orgId(), orgId);
        var sameProgram = samePath("programId", in.programId(), programId);
        var sameSlab = samePath("slabNumber", in.slabNumber(), slabNumber);
        var name = requiredText("name", in.name(), SHORT);
        return all(() -> build("", () -> new Tier(programId.get(), slabNumber.get(), name.get())),
                orgId, programId, slabNumber, sameOrg, sameProgram, sameSlab, name);
    }

    /** A body that repeats an id of its path must say the same; a path id that is wrong is reported as such. */
    static Validation<Seq<FieldProblem>, Boolean> samePath(String field, Object inBody, Validation<Seq<FieldProblem>, ?> inPath) {
        return rule(inBody == null || inPath.isInvalid() || Objects.equals(inBody, inPath.get()), field, FieldProblem.INVALID,
                field + " in the body must match the path (" + (inPath.isValid() ? inPath.get() : "") + ")");
    }
}

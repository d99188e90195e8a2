package io.ledgerlens.adapter.web.registration;

import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.problem;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;

import io.ledgerlens.adapter.web.http.JsonBodies;
import io.ledgerlens.adapter.web.registration.RegistrationJson.AllocationStrategyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.AlternateCurrencyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.CustomerJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.ExpiryStrategyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.PointsCategoryJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.ProgramJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.PromotionJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.TierJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.TillJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.UserGroupJson;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.explode.Numerals;
import io.ledgerlens.domain.org.OrgId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every registration of reference data and profiles, by name: the URL its {@code PUT} answers at, the right it
 * needs, the ids its path names, its body's type, and how ids and body become the registration. One table for the
 * HTTP routes and for the registration lines of an import file, so that both read a registration the same way.
 */
final class RegistrationKinds {

    /** What a valid request registers, and what to answer once it is saved. */
    record Registration(Supplier<RegistrationOutcome> write, Object answer) {
    }

    /** Reads one request (its body parsed, its path ids checked) into its registration, or into every problem. */
    @FunctionalInterface
    interface Reading<B> {
        Validation<Seq<FieldProblem>, Registration> read(OrgId caller, PathIds ids, B body);
    }

    /** The ids of a request's path, each checked: a reader reports a wrong one first, and builds only with right ones. */
    record PathIds(Map<String, Validation<Seq<FieldProblem>, Long>> ids) {

        /** Each of {@code names} read from {@code texts} (a path's parameters, or an import line's ids). */
        static PathIds of(List<String> names, Function<String, String> texts) {
            var ids = new LinkedHashMap<String, Validation<Seq<FieldProblem>, Long>>();
            for (var name : names) {
                ids.put(name, pathId(name, texts.apply(name)));
            }
            return new PathIds(ids);
        }

        Validation<Seq<FieldProblem>, Long> get(String name) {
            return ids.get(name);
        }

        OrgId org() {
            return OrgId.of(ids.get("orgId").get());
        }

        /** Slab numbers are ids like the others on the path, but small: they must fit an int (checked with the path). */
        Validation<Seq<FieldProblem>, Integer> slabNumber() {
            return ids.get("slabNumber").map(Long::intValue);
        }

        Validation<Seq<FieldProblem>, Boolean> checked() {
            return Validation.sequence(ids.values()).map(valid -> true);
        }
    }

    /** A kind of registration: where it is {@code PUT}, who may, and how it is read. */
    record Kind<B>(String name, String template, AccessRight right, List<String> idNames, Class<B> type,
                   Reading<B> reading) {

        /** The registration {@code body} and {@code ids} make, or every problem of both, the ids' first. */
        Validation<Seq<FieldProblem>, Registration> read(JsonBodies bodies, OrgId caller, PathIds ids, byte[] body) {
            return bodies.parse(body, type, "a JSON object is required")
                    .fold(unreadable -> unreadable(ids, unreadable), parsed -> reading.read(caller, ids, parsed));
        }
    }

    private RegistrationKinds() {
    }

    /** Every kind, over {@code useCases}; an org's own settings and its tree are the routes' alone. */
    static List<Kind<?>> over(RegistrationUseCases useCases) {
        var data = useCases.referenceData();
        return List.of(
                new Kind<>("program", RegistrationRoutes.PROGRAM_PATH, AccessRight.LEDGER_WRITE, List.of("orgId", "programId"),
                        ProgramJson.class, (caller, ids, body) -> RegistrationReader.program(ids.get("orgId"),
                                ids.get("programId"), body).map(program -> new Registration(
                                () -> data.register(caller, ids.org(), program), ProgramJson.of(ids.org(), program)))),
                new Kind<>("tier", RegistrationRoutes.TIER_PATH, AccessRight.LEDGER_WRITE,
                        List.of("orgId", "programId", "slabNumber"), TierJson.class, (caller, ids, body) ->
                        RegistrationReader.tier(ids.get("orgId"), ids.get("programId"), ids.slabNumber(), body)
                                .map(tier -> new Registration(() -> data.register(caller, ids.org(), tier),
                                        TierJson.of(ids.org(), tier)))),
                new Kind<>("pointsCategory", RegistrationRoutes.POINTS_CATEGORY_PATH, AccessRight.LEDGER_WRITE,
                        List.of("orgId", "pointsCategoryId"), PointsCategoryJson.class, (caller, ids, body) ->
                        RegistrationReader.pointsCategory(ids.get("orgId"), ids.get("pointsCategoryId"), body)
                                .map(category -> new Registration(() -> data.register(caller, ids.org(), category),
                                        PointsCategoryJson.of(ids.org(), category)))),
                new Kind<>("allocationStrategy", RegistrationRoutes.ALLOCATION_STRATEGY_PATH, AccessRight.LEDGER_WRITE,
                        List.of("orgId", "allocationStrategyId"), AllocationStrategyJson.class, (caller, ids, body) ->
                        RegistrationReader.allocationStrategy(ids.get("orgId"), ids.get("allocationStrategyId"), body)
                                .map(strategy -> new Registration(() -> data.register(caller, ids.org(), strategy),
                                        AllocationStrategyJson.of(ids.org(), strategy)))),
                new Kind<>("expiryStrategy", RegistrationRoutes.EXPIRY_STRATEGY_PATH, AccessRight.LEDGER_WRITE,
                        List.of("orgId", "expiryStrategyId"), ExpiryStrategyJson.class, (caller, ids, body) ->
                        RegistrationReader.expiryStrategy(ids.get("orgId"), ids.get("expiryStrategyId"), body)
                                .map(strategy -> new Registration(() -> data.register(caller, ids.org(), strategy),
                                        ExpiryStrategyJson.of(ids.org(), strategy)))),
                new Kind<>("promotion", RegistrationRoutes.PROMOTION_PATH, AccessRight.LEDGER_WRITE,
                        List.of("orgId", "promotionId"), PromotionJson.class, (caller, ids, body) ->
                        RegistrationReader.promotion(ids.get("orgId"), ids.get("promotionId"), body)
                                .map(promotion -> new Registration(() -> data.register(caller, ids.org(), promotion),
                                        PromotionJson.of(ids.org(), promotion)))),
                new Kind<>("alternateCurrency", RegistrationRoutes.ALTERNATE_CURRENCY_PATH, AccessRight.LEDGER_WRITE,
                        List.of("orgId", "alternateCurrencyId"), AlternateCurrencyJson.class, (caller, ids, body) ->
                        RegistrationReader.alternateCurrency(ids.get("orgId"), ids.get("alternateCurrencyId"), body)
                                .map(currency -> new Registration(() -> data.register(caller, ids.org(), currency),
                                        AlternateCurrencyJson.of(ids.org(), currency)))),
                new Kind<>("till", RegistrationRoutes.TILL_PATH, AccessRight.LEDGER_WRITE, List.of("orgId", "tillId"),
                        TillJson.class, (caller, ids, body) -> RegistrationReader.till(ids.get("orgId"), ids.get("tillId"), body)
                        .map(till -> new Registration(() -> data.register(caller, ids.org(), till), TillJson.of(ids.org(), till)))),
                new Kind<>("customer", RegistrationRoutes.CUSTOMER_PATH, AccessRight.LEDGER_WRITE, List.of("customerId"),
                        CustomerJson.class, (caller, ids, body) -> CustomerReader.customer(caller, ids.get("customerId"), body)
                        .map(customer -> new Registration(() -> useCases.customers().register(caller, customer),
                                CustomerJson.of(customer)))),
                new Kind<>("userGroup", RegistrationRoutes.USER_GROUP_PATH, AccessRight.LEDGER_WRITE, List.of("userGroupId"),
                        UserGroupJson.class, (caller, ids, body) -> CustomerReader.userGroup(caller, ids.get("userGroupId"), body)
                        .map(group -> new Registration(() -> useCases.userGroups().form(caller, group),
                                UserGroupJson.of(group)))));
    }

    /** A body that cannot be read is a problem after those of the path. */
    static Validation<Seq<FieldProblem>, Registration> unreadable(PathIds path, FieldProblem unreadable) {
        Validation<Seq<FieldProblem>, Registration> body = problem(unreadable.field(), unreadable.code(), unreadable.message());
        return all(() -> body, path.checked(), body);
    }

    static Validation<Seq<FieldProblem>, Long> pathId(String name, String text) {
        var id = text == null ? java.util.Optional.<Long>empty() : Numerals.positiveLong(text);
        int limit = name.equals("slabNumber") ? Integer.MAX_VALUE : -1;
        if (id.isEmpty() || (limit > 0 && id.get() > limit)) {
            return problem(name, FieldProblem.INVALID, name + " must be a positive whole number"
                    + (limit > 0 ? " up to " + limit : ""));
        }
        return valid(id.get());
    }
}

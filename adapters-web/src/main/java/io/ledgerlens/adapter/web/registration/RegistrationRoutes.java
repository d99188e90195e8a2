package io.ledgerlens.adapter.web.registration;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.registration.RegistrationJson.AllocationStrategyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.AlternateCurrencyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.CustomerJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.ExpiryStrategyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.OrgJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.PointsCategoryJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.ProgramJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.PromotionJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.TierJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.TillJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.UserGroupJson;
import io.ledgerlens.adapter.web.access.Callers;
import io.ledgerlens.adapter.web.access.GuardedRoutes;
import io.ledgerlens.domain.access.AccessRight;
import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.problem;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;

import io.ledgerlens.adapter.web.http.JsonResponses;
import io.ledgerlens.adapter.web.http.RefusalReasons;
import io.ledgerlens.adapter.web.http.JsonBodies;
import io.ledgerlens.adapter.web.http.WriteResponses;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.domain.explode.Numerals;
import io.ledgerlens.domain.org.OrgId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registration endpoints: {@code PUT} the caller's own org settings,
 * reference data, a customer or a user group at its own URL, in the caller's
 * org or (reference data) a child of it. 201 when created, 200 when replaced,
 * each with the resource as stored; 400 with every problem of the request at
 * its field path; 403 for another org's, and for any change of the org tree
 * (the operator's); 404 for an org or program not registered; 409 for an
 * identifier or name taken; 503 when the store cannot answer. Nothing is
 * written unless the answer is 200 or 201.
 */
public final class RegistrationRoutes {

    public static final String ORG_PATH = "/v1/ledger/orgs/{orgId}";
    public static final String CHILD_PATH = ORG_PATH + "/children/{childOrgId}";
    public static final String PROGRAM_PATH = ORG_PATH + "/programs/{programId}";
    public static final String TIER_PATH = PROGRAM_PATH + "/tiers/{slabNumber}";
    public static final String POINTS_CATEGORY_PATH = ORG_PATH + "/points-categories/{pointsCategoryId}";
    public static final String ALLOCATION_STRATEGY_PATH = ORG_PATH + "/allocation-strategies/{allocationStrategyId}";
    public static final String EXPIRY_STRATEGY_PATH = ORG_PATH + "/expiry-strategies/{expiryStrategyId}";
    public static final String PROMOTION_PATH = ORG_PATH + "/promotions/{promotionId}";
    public static final String ALTERNATE_CURRENCY_PATH = ORG_PATH + "/alternate-currencies/{alternateCurrencyId}";
    public static final String TILL_PATH = ORG_PATH + "/tills/{tillId}";
    public static final String CUSTOMER_PATH = "/v1/ledger/customers/{customerId}";
    public static final String USER_GROUP_PATH = "/v1/ledger/user-groups/{userGroupId}";

    private final RegistrationUseCases useCases;
    private final JsonBodies bodies = new JsonBodies();

    public RegistrationRoutes(RegistrationUseCases useCases) {
        this.useCases = useCases;
    }

    /** What a valid request registers, and what to answer once it is saved. */
    private record Registration(Supplier<RegistrationOutcome> write, Object answer) {
    }

    /**
     * Reads one request (its body already parsed, its path ids checked) into its registration, or into every
     * problem of its path and body, the path's first.
     */
    @FunctionalInterface
    private interface Reading<B> {
        Validation<Seq<FieldProblem>, Registration> read(OrgId caller, PathIds ids, B body);
    }

    /** The ids of a request's path, each checked: a reader reports a wrong one first, and builds only with right ones. */
    private record PathIds(Map<String, Validation<Seq<FieldProblem>, Long>> ids) {

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

    public void register(GuardedRoutes routes) {
        var data = useCases.referenceData();
        routes.put(ORG_PATH, AccessRight.ORG_ADMIN, ctx -> put(ctx, OrgJson.class, List.of("orgId"), (caller, ids, body) ->
                RegistrationReader.org(ids.get("orgId"), body)
                        .map(org -> new Registration(() -> useCases.orgs().change(Callers.of(ctx), org), OrgJson.of(org)))));
        // Kept so that a client of the connections API learns where they went, instead of a bare 404, and so that the
        // attempt reaches the audit log.
        routes.put(CHILD_PATH, AccessRight.ORG_ADMIN, ctx -> changeTree(ctx, true));
        routes.delete(CHILD_PATH, AccessRight.ORG_ADMIN, ctx -> changeTree(ctx, false));
        routes.put(PROGRAM_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, ProgramJson.class, List.of("orgId", "programId"), (caller, ids, body) ->
                RegistrationReader.program(ids.get("orgId"), ids.get("programId"), body).map(program -> {
                    var org = ids.org();
                    return new Registration(() -> data.register(caller, org, program), ProgramJson.of(org, program));
                })));
        routes.put(TIER_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, TierJson.class, List.of("orgId", "programId", "slabNumber"),
                (caller, ids, body) -> RegistrationReader.tier(ids.get("orgId"), ids.get("programId"),
                        ids.slabNumber(), body).map(tier -> {
                            var org = ids.org();
                            return new Registration(() -> data.register(caller, org, tier), TierJson.of(org, tier));
                        })));
        routes.put(POINTS_CATEGORY_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, PointsCategoryJson.class, List.of("orgId", "pointsCategoryId"),
                (caller, ids, body) -> RegistrationReader.pointsCategory(ids.get("orgId"),
                        ids.get("pointsCategoryId"), body).map(category -> {
                            var org = ids.org();
                            return new Registration(() -> data.register(caller, org, category), PointsCategoryJson.of(org, category));
                        })));
        routes.put(ALLOCATION_STRATEGY_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, AllocationStrategyJson.class, List.of("orgId", "allocationStrategyId"),
                (caller, ids, body) -> RegistrationReader.allocationStrategy(ids.get("orgId"),
                        ids.get("allocationStrategyId"), body).map(strategy -> {
                            var org = ids.org();
                            return new Registration(() -> data.register(caller, org, strategy),
                                    AllocationStrategyJson.of(org, strategy));
                        })));
        routes.put(EXPIRY_STRATEGY_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, ExpiryStrategyJson.class, List.of("orgId", "expiryStrategyId"),
                (caller, ids, body) -> RegistrationReader.expiryStrategy(ids.get("orgId"),
                        ids.get("expiryStrategyId"), body).map(strategy -> {
                            var org = ids.org();
                            return new Registration(() -> data.register(caller, org, strategy), ExpiryStrategyJson.of(org, strategy));
                        })));
        routes.put(PROMOTION_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, PromotionJson.class, List.of("orgId", "promotionId"),
                (caller, ids, body) -> RegistrationReader.promotion(ids.get("orgId"), ids.get("promotionId"), body)
                        .map(promotion -> {
                            var org = ids.org();
                            return new Registration(() -> data.register(caller, org, promotion), PromotionJson.of(org, promotion));
                        })));
        routes.put(ALTERNATE_CURRENCY_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, AlternateCurrencyJson.class, List.of("orgId", "alternateCurrencyId"),
                (caller, ids, body) -> RegistrationReader.alternateCurrency(ids.get("orgId"),
                        ids.get("alternateCurrencyId"), body).map(currency -> {
                            var org = ids.org();
                            return new Registration(() -> data.register(caller, org, currency), AlternateCurrencyJson.of(org, currency));
                        })));
        routes.put(TILL_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, TillJson.class, List.of("orgId", "tillId"), (caller, ids, body) ->
                RegistrationReader.till(ids.get("orgId"), ids.get("tillId"), body).map(till -> {
                    var org = ids.org();
                    return new Registration(() -> data.register(caller, org, till), TillJson.of(org, till));
                })));
        routes.put(CUSTOMER_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, CustomerJson.class, List.of("customerId"), (caller, ids, body) ->
                CustomerReader.customer(caller, ids.get("customerId"), body)
                        .map(customer -> new Registration(() -> useCases.customers().register(caller, customer),
                                CustomerJson.of(customer)))));
        routes.put(USER_GROUP_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, UserGroupJson.class, List.of("userGroupId"), (caller, ids, body) ->
                CustomerReader.userGroup(caller, ids.get("userGroupId"), body)
                        .map(group -> new Registration(() -> useCases.userGroups().form(caller, group), UserGroupJson.of(group)))));
    }

    /** Connecting and disconnecting orgs is the operator's: the use case refuses every org credential, and notes who asked. */
    private void changeTree(Context ctx, boolean connecting) {
        var parent = pathId("orgId", ctx.pathParam("orgId"));
        var child = pathId("childOrgId", ctx.pathParam("childOrgId"));
        all(() -> valid(true), parent, child).<Runnable>fold(
                        problems -> () -> WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, problems.asJava()),
                        valid -> () -> answer(ctx, useCases.orgs().changeTree(Callers.of(ctx), OrgId.of(parent.get()),
                                OrgId.of(child.get()), connecting), null))
                .run();
    }

    /**
     * Checks the path's ids, reads the body, and registers what they say if every part is right; otherwise answers
     * every problem found, the path's first.
     */
    private <B> void put(Context ctx, Class<B> type, List<String> pathIds, Reading<B> reading) {
        var caller = Callers.of(ctx).org();
        var ids = new LinkedHashMap<String, Validation<Seq<FieldProblem>, Long>>();
        for (var name : pathIds) {
            ids.put(name, pathId(name, ctx.pathParam(name)));
        }
        var path = new PathIds(ids);
        bodies.parse(ctx.bodyAsBytes(), type, "a JSON object is required")
                .fold(unreadable -> unreadable(path, unreadable), body -> reading.read(caller, path, body))
                .<Runnable>fold(
                        problems -> () -> WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, problems.asJava()),
                        registration -> () -> answer(ctx, registration.write().get(), registration.answer()))
                .run();
    }

    /** A body that cannot be read is a problem after those of the path. */
    private static Validation<Seq<FieldProblem>, Registration> unreadable(PathIds path, FieldProblem unreadable) {
        Validation<Seq<FieldProblem>, Registration> body = problem(unreadable.field(), unreadable.code(), unreadable.message());
        return all(() -> body, path.checked(), body);
    }

    private static void answer(Context ctx, RegistrationOutcome outcome, Object answer) {
        outcome.<Runnable>fold(
                        saved -> () -> JsonResponses.send(ctx, saved.created() ? HttpStatus.CREATED : HttpStatus.OK, answer),
                        refused -> () -> {
                            if (refused.reason() == RegistrationOutcome.Refusal.FORBIDDEN) {
                                RefusalReasons.because(ctx, RefusalReasons.ACCESS_DENIED);
                            }
                            WriteResponses.refuse(ctx, statusOf(refused.reason()), refused.problems());
                        },
                        unavailable -> () -> WriteResponses.unavailable(ctx))
                .run();
    }

    private static HttpStatus statusOf(RegistrationOutcome.Refusal reason) {
        return switch (reason) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    private static Validation<Seq<FieldProblem>, Long> pathId(String name, String text) {
        var id = Numerals.positiveLong(text);
        int limit = name.equals("slabNumber") ? Integer.MAX_VALUE : -1;
        if (id.isEmpty() || (limit > 0 && id.get() > limit)) {
            return problem(name, FieldProblem.INVALID, name + " must be a positive whole number"
                    + (limit > 0 ? " up to " + limit : ""));
        }
        return valid(id.get());
    }
}

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
import io.ledgerlens.adapter.web.server.JsonResponses;
import io.ledgerlens.adapter.web.write.Checks;
import io.ledgerlens.adapter.web.write.JsonBodies;
import io.ledgerlens.adapter.web.write.WriteResponses;
import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RegistrationOutcome;
import io.ledgerlens.domain.explode.Numerals;
import io.ledgerlens.domain.org.OrgId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Reads one request (its body already parsed, its path ids checked) into its registration, if it is valid. */
    @FunctionalInterface
    private interface Reading<B> {
        Optional<Registration> read(OrgId caller, Map<String, Long> ids, Checks checks, B body);
    }

    public void register(GuardedRoutes routes) {
        var data = useCases.referenceData();
        routes.put(ORG_PATH, AccessRight.ORG_ADMIN, ctx -> put(ctx, OrgJson.class, List.of("orgId"), (caller, ids, checks, body) ->
                RegistrationReader.org(checks, ids.get("orgId"), body)
                        .map(org -> new Registration(() -> useCases.orgs().change(Callers.of(ctx), org), OrgJson.of(org)))));
        // Kept so that a client of the connections API learns where they went, instead of a bare 404, and so that the
        // attempt reaches the audit log.
        routes.put(CHILD_PATH, AccessRight.ORG_ADMIN, ctx -> changeTree(ctx, true));
        routes.delete(CHILD_PATH, AccessRight.ORG_ADMIN, ctx -> changeTree(ctx, false));
        routes.put(PROGRAM_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, ProgramJson.class, List.of("orgId", "programId"), (caller, ids, checks, body) ->
                RegistrationReader.program(checks, ids.get("orgId"), ids.get("programId"), body).map(program -> {
                    var org = OrgId.of(ids.get("orgId"));
                    return new Registration(() -> data.register(caller, org, program), ProgramJson.of(org, program));
                })));
        routes.put(TIER_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, TierJson.class, List.of("orgId", "programId", "slabNumber"),
                (caller, ids, checks, body) -> RegistrationReader.tier(checks, ids.get("orgId"), ids.get("programId"),
                        slabNumber(ids), body).map(tier -> {
                            var org = OrgId.of(ids.get("orgId"));
                            return new Registration(() -> data.register(caller, org, tier), TierJson.of(org, tier));
                        })));
        routes.put(POINTS_CATEGORY_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, PointsCategoryJson.class, List.of("orgId", "pointsCategoryId"),
                (caller, ids, checks, body) -> RegistrationReader.pointsCategory(checks, ids.get("orgId"),
                        ids.get("pointsCategoryId"), body).map(category -> {
                            var org = OrgId.of(ids.get("orgId"));
                            return new Registration(() -> data.register(caller, org, category), PointsCategoryJson.of(org, category));
                        })));
        routes.put(ALLOCATION_STRATEGY_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, AllocationStrategyJson.class, List.of("orgId", "allocationStrategyId"),
                (caller, ids, checks, body) -> RegistrationReader.allocationStrategy(checks, ids.get("orgId"),
                        ids.get("allocationStrategyId"), body).map(strategy -> {
                            var org = OrgId.of(ids.get("orgId"));
                            return new Registration(() -> data.register(caller, org, strategy),
                                    AllocationStrategyJson.of(org, strategy));
                        })));
        routes.put(EXPIRY_STRATEGY_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, ExpiryStrategyJson.class, List.of("orgId", "expiryStrategyId"),
                (caller, ids, checks, body) -> RegistrationReader.expiryStrategy(checks, ids.get("orgId"),
                        ids.get("expiryStrategyId"), body).map(strategy -> {
                            var org = OrgId.of(ids.get("orgId"));
                            return new Registration(() -> data.register(caller, org, strategy), ExpiryStrategyJson.of(org, strategy));
                        })));
        routes.put(PROMOTION_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, PromotionJson.class, List.of("orgId", "promotionId"),
                (caller, ids, checks, body) -> RegistrationReader.promotion(checks, ids.get("orgId"), ids.get("promotionId"), body)
                        .map(promotion -> {
                            var org = OrgId.of(ids.get("orgId"));
                            return new Registration(() -> data.register(caller, org, promotion), PromotionJson.of(org, promotion));
                        })));
        routes.put(ALTERNATE_CURRENCY_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, AlternateCurrencyJson.class, List.of("orgId", "alternateCurrencyId"),
                (caller, ids, checks, body) -> RegistrationReader.alternateCurrency(checks, ids.get("orgId"),
                        ids.get("alternateCurrencyId"), body).map(currency -> {
                            var org = OrgId.of(ids.get("orgId"));
                            return new Registration(() -> data.register(caller, org, currency), AlternateCurrencyJson.of(org, currency));
                        })));
        routes.put(TILL_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, TillJson.class, List.of("orgId", "tillId"), (caller, ids, checks, body) ->
                RegistrationReader.till(checks, ids.get("orgId"), ids.get("tillId"), body).map(till -> {
                    var org = OrgId.of(ids.get("orgId"));
                    return new Registration(() -> data.register(caller, org, till), TillJson.of(org, till));
                })));
        routes.put(CUSTOMER_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, CustomerJson.class, List.of("customerId"), (caller, ids, checks, body) ->
                CustomerReader.customer(checks, caller, ids.get("customerId"), body)
                        .map(customer -> new Registration(() -> useCases.customers().register(caller, customer),
                                CustomerJson.of(customer)))));
        routes.put(USER_GROUP_PATH, AccessRight.LEDGER_WRITE, ctx -> put(ctx, UserGroupJson.class, List.of("userGroupId"), (caller, ids, checks, body) ->
                CustomerReader.userGroup(checks, caller, ids.get("userGroupId"), body)
                        .map(group -> new Registration(() -> useCases.userGroups().form(caller, group), UserGroupJson.of(group)))));
    }

    /** Connecting and disconnecting orgs is the operator's: the use case refuses every org credential, and notes who asked. */
    private void changeTree(Context ctx, boolean connecting) {
        var checks = new Checks();
        var parent = pathId(checks, "orgId", ctx.pathParam("orgId"));
        var child = pathId(checks, "childOrgId", ctx.pathParam("childOrgId"));
        if (!checks.passed()) {
            WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, checks.problems());
            return;
        }
        answer(ctx, useCases.orgs().changeTree(Callers.of(ctx), OrgId.of(parent), OrgId.of(child), connecting), null);
    }

    /**
     * Checks the path's ids, reads the body, and registers
     * what they say if every part is right; otherwise answers every problem found.
     */
    private <B> void put(Context ctx, Class<B> type, List<String> pathIds, Reading<B> reading) {
        var caller = Callers.of(ctx).org();
        var checks = new Checks();
        var ids = new LinkedHashMap<String, Long>();
        for (var name : pathIds) {
            ids.put(name, pathId(checks, name, ctx.pathParam(name)));
        }
        var parsed = bodies.parse(ctx.bodyAsBytes(), type, "a JSON object is required");
        parsed.<Runnable>fold(
                        unreadable -> () -> {
                            checks.problem(unreadable.field(), unreadable.code(), unreadable.message());
                            WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, checks.problems());
                        },
                        body -> () -> register(ctx, caller, ids, checks, body, reading))
                .run();
    }

    private static <B> void register(Context ctx, OrgId caller, Map<String, Long> ids, Checks checks, B body,
                                     Reading<B> reading) {
        var registration = reading.read(caller, ids, checks, body);
        if (registration.isEmpty() || !checks.passed()) {
            WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, checks.problems());
            return;
        }
        answer(ctx, registration.get().write().get(), registration.get().answer());
    }

    private static void answer(Context ctx, RegistrationOutcome outcome, Object answer) {
        outcome.<Runnable>fold(
                        saved -> () -> JsonResponses.send(ctx, saved.created() ? HttpStatus.CREATED : HttpStatus.OK, answer),
                        refused -> () -> WriteResponses.refuse(ctx, statusOf(refused.reason()), refused.problems()),
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

    /** Slab numbers are ids like the others on the path, but small: they must fit an int. */
    private static Integer slabNumber(Map<String, Long> ids) {
        var slab = ids.get("slabNumber");
        return slab == null ? null : slab.intValue();
    }

    private static Long pathId(Checks checks, String name, String text) {
        var id = Numerals.positiveLong(text);
        int limit = name.equals("slabNumber") ? Integer.MAX_VALUE : -1;
        if (id.isEmpty() || (limit > 0 && id.get() > limit)) {
            checks.problem(name, FieldProblem.INVALID, name + " must be a positive whole number"
                    + (limit > 0 ? " up to " + limit : ""));
            return null;
        }
        return id.get();
    }
}

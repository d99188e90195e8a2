package io.ledgerlens.adapter.web.registration;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.registration.RegistrationJson.OrgJson;
import io.ledgerlens.adapter.web.access.Callers;
import io.ledgerlens.adapter.web.access.GuardedRoutes;
import io.ledgerlens.adapter.web.registration.RegistrationKinds.PathIds;
import io.ledgerlens.adapter.web.registration.RegistrationKinds.Registration;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.org.OrgId;
import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;

import io.ledgerlens.adapter.web.http.JsonResponses;
import io.ledgerlens.adapter.web.http.RefusalReasons;
import io.ledgerlens.adapter.web.http.JsonBodies;
import io.ledgerlens.adapter.web.http.WriteResponses;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

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

    /** An org's own settings (its name, time zone, source-value capturing); the org admin's. */
    public static final String ORG_PATH = "/v1/ledger/orgs/{orgId}";
    /** A connection to a child org: refused with 403 to every org credential, since the org tree is the operator's. */
    public static final String CHILD_PATH = ORG_PATH + "/children/{childOrgId}";
    /** A loyalty program of the org. */
    public static final String PROGRAM_PATH = ORG_PATH + "/programs/{programId}";
    /** A tier (slab) of a program, by its number. */
    public static final String TIER_PATH = PROGRAM_PATH + "/tiers/{slabNumber}";
    /** A points category of the org. */
    public static final String POINTS_CATEGORY_PATH = ORG_PATH + "/points-categories/{pointsCategoryId}";
    /** An allocation strategy of the org. */
    public static final String ALLOCATION_STRATEGY_PATH = ORG_PATH + "/allocation-strategies/{allocationStrategyId}";
    /** An expiry strategy of the org. */
    public static final String EXPIRY_STRATEGY_PATH = ORG_PATH + "/expiry-strategies/{expiryStrategyId}";
    /** A promotion of the org. */
    public static final String PROMOTION_PATH = ORG_PATH + "/promotions/{promotionId}";
    /** An alternate currency of the org. */
    public static final String ALTERNATE_CURRENCY_PATH = ORG_PATH + "/alternate-currencies/{alternateCurrencyId}";
    /** A till of the org, which events name as theirs. */
    public static final String TILL_PATH = ORG_PATH + "/tills/{tillId}";
    /** A customer of the caller's org, with her identifiers. */
    public static final String CUSTOMER_PATH = "/v1/ledger/customers/{customerId}";
    /** A user group (a household wallet) of the caller's org, with its members. */
    public static final String USER_GROUP_PATH = "/v1/ledger/user-groups/{userGroupId}";

    private final RegistrationUseCases useCases;
    private final JsonBodies bodies = new JsonBodies();

    /**
     * Over the registration use cases, one per kind of resource.
     *
     * @param useCases what each route asks, with the caller's org and rights
     */
    public RegistrationRoutes(RegistrationUseCases useCases) {
        this.useCases = useCases;
    }

    /**
     * Adds every registration route, each behind the right its kind needs ({@code ORG_ADMIN} for the org itself).
     *
     * @param routes the server's routes, behind the access guard
     */
    public void register(GuardedRoutes routes) {
        routes.put(ORG_PATH, AccessRight.ORG_ADMIN, ctx -> {
            var ids = PathIds.of(List.of("orgId"), ctx::pathParam);
            var read = bodies.parse(ctx.bodyAsBytes(), OrgJson.class, "a JSON object is required").fold(
                    unreadable -> RegistrationKinds.unreadable(ids, unreadable),
                    body -> RegistrationReader.org(ids.get("orgId"), body).map(org ->
                            new Registration(() -> useCases.orgs().change(Callers.of(ctx), org), OrgJson.of(org))));
            answer(ctx, read);
        });
        // Kept so that a client of the connections API learns where they went, instead of a bare 404, and so that the
        // attempt reaches the audit log.
        routes.put(CHILD_PATH, AccessRight.ORG_ADMIN, ctx -> changeTree(ctx, true));
        routes.delete(CHILD_PATH, AccessRight.ORG_ADMIN, ctx -> changeTree(ctx, false));
        for (var kind : RegistrationKinds.over(useCases)) {
            routes.put(kind.template(), kind.right(), ctx -> answer(ctx, kind.read(bodies, Callers.of(ctx).org(),
                    PathIds.of(kind.idNames(), ctx::pathParam), ctx.bodyAsBytes())));
        }
    }

    /** Connecting and disconnecting orgs is the operator's: the use case refuses every org credential, and notes who asked. */
    private void changeTree(Context ctx, boolean connecting) {
        var parent = RegistrationKinds.pathId("orgId", ctx.pathParam("orgId"));
        var child = RegistrationKinds.pathId("childOrgId", ctx.pathParam("childOrgId"));
        all(() -> valid(true), parent, child).<Runnable>fold(
                        problems -> () -> WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, problems.asJava()),
                        valid -> () -> answer(ctx, useCases.orgs().changeTree(Callers.of(ctx), OrgId.of(parent.get()),
                                OrgId.of(child.get()), connecting), null))
                .run();
    }

    /** Registers what a valid request says and answers the outcome; else answers every problem, the path's first. */
    private static void answer(Context ctx, Validation<Seq<FieldProblem>, Registration> read) {
        read.<Runnable>fold(
                        problems -> () -> WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, problems.asJava()),
                        registration -> () -> answer(ctx, registration.write().get(), registration.answer()))
                .run();
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
}

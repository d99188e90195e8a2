package io.ledgerlens.adapter.web.access;

import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.problem;
import static io.ledgerlens.adapter.web.http.FieldChecks.required;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredOneOf;
import static io.ledgerlens.adapter.web.http.FieldChecks.rule;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.http.FieldChecks;
import io.ledgerlens.adapter.web.http.JsonBodies;
import io.ledgerlens.adapter.web.http.JsonResponses;
import io.ledgerlens.adapter.web.http.WriteResponses;
import io.ledgerlens.application.port.in.access.CredentialIssue;
import io.ledgerlens.application.port.in.access.CredentialRequest;
import io.ledgerlens.application.port.in.access.CredentialView;
import io.ledgerlens.application.port.in.access.ManageCredentialsUseCase;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.explode.Numerals;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The org admin's credentials API, always for the admin's own org:
 * {@code GET} lists them, {@code POST} issues one (its secret is in that
 * answer only), {@code DELETE .../{id}} revokes one. Another org's
 * credential answers 404, exactly like one that does not exist.
 */
public final class CredentialRoutes {

    /** The org's credentials: {@code GET} lists them, {@code POST} issues one. */
    public static final String PATH = "/v1/admin/credentials";
    /** One credential: {@code DELETE} revokes it. */
    public static final String ONE_PATH = PATH + "/{credentialId}";

    private final ManageCredentialsUseCase credentials;
    private final JsonBodies bodies = new JsonBodies();

    CredentialRoutes(ManageCredentialsUseCase credentials) {
        this.credentials = credentials;
    }

    record NewCredentialJson(String kind, String name, List<String> rights) {
    }

    /** Times as ISO-8601 instants in UTC. */
    record CredentialJson(long id, long orgId, String kind, String name, List<String> rights, String createdAt,
                          String revokedAt) {
        static CredentialJson of(CredentialView view) {
            return new CredentialJson(view.id(), view.org().value(), view.kind().name(), view.name(),
                    view.rights().stream().sorted().map(AccessRight::wireName).toList(), view.createdAt().toString(),
                    view.revokedAt().map(Instant::toString).orElse(null));
        }
    }

    record CredentialListJson(List<CredentialJson> credentials) {
    }

    record IssuedJson(CredentialJson credential, String secret) {
    }

    /**
     * Adds the three routes, each behind {@code ORG_ADMIN}.
     *
     * @param routes the server's routes, behind the access guard
     */
    public void register(GuardedRoutes routes) {
        routes.get(PATH, AccessRight.ORG_ADMIN, this::list);
        routes.post(PATH, AccessRight.ORG_ADMIN, this::issue);
        routes.delete(ONE_PATH, AccessRight.ORG_ADMIN, this::revoke);
    }

    private void list(Context ctx) {
        var org = Callers.of(ctx).org();
        guarded(ctx, () -> JsonResponses.send(ctx, HttpStatus.OK,
                new CredentialListJson(credentials.list(org).stream().map(CredentialJson::of).toList())));
    }

    private void issue(Context ctx) {
        bodies.parse(ctx.bodyAsBytes(), NewCredentialJson.class, "a JSON object is required").<Runnable>fold(
                        unreadable -> () -> WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, List.of(unreadable)),
                        body -> () -> issue(ctx, body))
                .run();
    }

    private void issue(Context ctx, NewCredentialJson body) {
        requestOf(body).<Runnable>fold(
                        problems -> () -> WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, problems.asJava()),
                        request -> () -> issue(ctx, request))
                .run();
    }

    private void issue(Context ctx, CredentialRequest request) {
        var admin = Callers.of(ctx);
        guarded(ctx, () -> {
            var issue = credentials.issue(admin, request);
            issue.<Runnable>fold(
                            issued -> () -> JsonResponses.send(ctx, HttpStatus.CREATED,
                                    new IssuedJson(CredentialJson.of(issued.credential()), issued.secret())),
                            taken -> () -> WriteResponses.refuse(ctx, HttpStatus.CONFLICT, List.of(new FieldProblem("name",
                                    FieldProblem.TAKEN, "the name " + taken.name() + " is taken"))))
                    .run();
        });
    }

    private void revoke(Context ctx) {
        var id = Numerals.positiveLong(ctx.pathParam("credentialId"));
        if (id.isEmpty()) {
            WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, List.of(new FieldProblem("credentialId", FieldProblem.INVALID,
                    "credentialId must be a positive whole number")));
            return;
        }
        var admin = Callers.of(ctx);
        var org = admin.org();
        guarded(ctx, () -> {
            if (credentials.revoke(admin, CredentialId.of(id.get()))) {
                ctx.status(HttpStatus.NO_CONTENT).header("Cache-Control", "no-store");
            } else {
                WriteResponses.refuse(ctx, HttpStatus.NOT_FOUND, List.of(new FieldProblem("credentialId",
                        FieldProblem.NOT_FOUND, "org " + org + " has no credential " + id.get())));
            }
        });
    }

    private static Validation<Seq<FieldProblem>, CredentialRequest> requestOf(NewCredentialJson body) {
        var kind = requiredOneOf("kind", body.kind(), CredentialKind.class);
        var name = body.name() != null
                ? CredentialName.parse(body.name()).<Validation<Seq<FieldProblem>, Optional<CredentialName>>>fold(
                        refused -> problem("name", FieldProblem.INVALID, refused), parsed -> valid(Optional.of(parsed)))
                : kind.isValid() && kind.get() == CredentialKind.TILL_USER
                ? FieldChecks.<Optional<CredentialName>>problem("name", FieldProblem.REQUIRED, "a till user needs a name (its username)")
                : valid(Optional.<CredentialName>empty());
        var rights = required("rights", body.rights()).flatMap(CredentialRoutes::rights);
        return all(() -> valid(new CredentialRequest(kind.get(), name.get(), rights.get())), kind, name, rights);
    }

    private static Validation<Seq<FieldProblem>, Set<AccessRight>> rights(List<String> listed) {
        var named = new ArrayList<Validation<Seq<FieldProblem>, AccessRight>>();
        for (int i = 0; i < listed.size(); i++) {
            var path = FieldChecks.at("rights", i);
            named.add(AccessRight.named(listed.get(i)).<Validation<Seq<FieldProblem>, AccessRight>>map(FieldChecks::valid)
                    .getOrElse(() -> problem(path, FieldProblem.INVALID, "a right is one of points.read, ledger.write, org.admin")));
        }
        var rights = Validation.sequence(named).map(Seq::asJava);
        var some = rule(!listed.isEmpty(), "rights", FieldProblem.REQUIRED, "a credential holds at least one right");
        return all(() -> valid(rights.get().isEmpty() ? EnumSet.noneOf(AccessRight.class) : EnumSet.copyOf(rights.get())),
                rights, some);
    }

    private static void guarded(Context ctx, Runnable work) {
        try {
            work.run();
        } catch (LedgerUnavailableException unavailable) {
            WriteResponses.unavailable(ctx);
        }
    }
}

package io.ledgerlens.adapter.web.access;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.server.JsonResponses;
import io.ledgerlens.adapter.web.write.Checks;
import io.ledgerlens.adapter.web.write.JsonBodies;
import io.ledgerlens.adapter.web.write.WriteResponses;
import io.ledgerlens.application.port.in.CredentialIssue;
import io.ledgerlens.application.port.in.CredentialRequest;
import io.ledgerlens.application.port.in.CredentialView;
import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.ManageCredentialsUseCase;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.explode.Numerals;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The org admin's credentials API, always for the admin's own org:
 * {@code GET} lists them, {@code POST} issues one (its secret is in that
 * answer only), {@code DELETE .../{id}} revokes one. Another org's
 * credential answers 404, exactly like one that does not exist.
 */
public final class CredentialRoutes {

    public static final String PATH = "/v1/admin/credentials";
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
        var checks = new Checks();
        var request = requestOf(checks, body);
        if (request.isEmpty() || !checks.passed()) {
            WriteResponses.refuse(ctx, HttpStatus.BAD_REQUEST, checks.problems());
            return;
        }
        var admin = Callers.of(ctx);
        guarded(ctx, () -> {
            var issue = credentials.issue(admin, request.get());
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

    private static Optional<CredentialRequest> requestOf(Checks checks, NewCredentialJson body) {
        var kind = checks.oneOf("kind", checks.required("kind", body.kind()), CredentialKind.class);
        Optional<CredentialName> name = Optional.empty();
        if (body.name() != null) {
            var parsed = CredentialName.parse(body.name());
            if (parsed.isLeft()) {
                checks.problem("name", FieldProblem.INVALID, parsed.getLeft());
            } else {
                name = Optional.of(parsed.get());
            }
        } else if (kind == CredentialKind.TILL_USER) {
            checks.problem("name", FieldProblem.REQUIRED, "a till user needs a name (its username)");
        }
        var rights = EnumSet.noneOf(AccessRight.class);
        var listed = checks.required("rights", body.rights());
        if (listed != null) {
            for (int i = 0; i < listed.size(); i++) {
                var right = AccessRight.named(listed.get(i));
                if (right.isEmpty()) {
                    checks.problem(Checks.at("rights", i), FieldProblem.INVALID,
                            "a right is one of points.read, ledger.write, org.admin");
                } else {
                    rights.add(right.get());
                }
            }
            if (listed.isEmpty()) {
                checks.problem("rights", FieldProblem.REQUIRED, "a credential holds at least one right");
            }
        }
        if (!checks.passed()) {
            return Optional.empty();
        }
        return Optional.of(new CredentialRequest(kind, name, rights));
    }

    private static void guarded(Context ctx, Runnable work) {
        try {
            work.run();
        } catch (LedgerUnavailableException unavailable) {
            WriteResponses.unavailable(ctx);
        }
    }
}

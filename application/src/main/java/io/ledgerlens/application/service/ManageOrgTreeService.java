package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.ManageOrgTreeUseCase;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.application.port.out.registration.OrgTreePort;
import io.ledgerlens.application.port.out.registration.OrgTreeRepository;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The operator's changes to the org tree, each checked and written in one change of the tree; the tree stays a tree. */
public final class ManageOrgTreeService implements ManageOrgTreeUseCase {

    private final OrgTreePort tree;
    private final AuditTrail audit;

    /**
     * A service that changes the org tree through {@code tree}.
     *
     * @param tree  runs each change alone, through the operator's door
     * @param audit where every change and refused attempt is recorded
     * @param clock what the audit log's times are read from
     */
    public ManageOrgTreeService(OrgTreePort tree, AuditLogPort audit, Clock clock) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public RegistrationOutcome create(Org org) {
        var target = "org " + org.id() + org.parent().map(parent -> " as a child of org " + parent).orElse(" as a root");
        return Registrations.guarded(() -> audited(Optional.of(org.id()), AuditAction.ORG_CREATED, target, tree.inOrgTree(orgs -> {
            if (orgs.find(org.id()).isPresent()) {
                return Refused.because(Refusal.CONFLICT, "orgId", FieldProblem.TAKEN, "org " + org.id() + " is registered already");
            }
            var parent = org.parent();
            if (parent.isPresent() && orgs.find(parent.get()).isEmpty()) {
                return Refused.because(Refusal.NOT_FOUND, "parentOrgId", FieldProblem.NOT_FOUND,
                        Registrations.notRegistered(parent.get()));
            }
            orgs.add(org);
            return new RegistrationOutcome.Saved(true);
        })));
    }

    @Override
    public RegistrationOutcome connect(OrgId parent, OrgId child) {
        if (child.equals(parent)) {
            return Refused.because(Refusal.INVALID, "childOrgId", FieldProblem.INVALID, "an org cannot be its own child");
        }
        var target = "org " + child + " to parent org " + parent;
        return Registrations.guarded(() -> audited(Optional.of(child), AuditAction.ORG_CONNECTED, target,
                tree.inOrgTree(orgs -> registered(orgs, parent, child).<RegistrationOutcome>fold(
                refused -> refused, registered -> {
                    var current = registered.parent();
                    if (current.equals(Optional.of(parent))) {
                        return new RegistrationOutcome.Saved(false);
                    }
                    if (current.isPresent()) {
                        return Refused.because(Refusal.CONFLICT, "childOrgId", FieldProblem.ALREADY_CONNECTED,
                                "org " + child + " is connected to org " + current.get() + " already; disconnect it first");
                    }
                    if (orgs.ancestorsOf(parent).contains(child)) {
                        return Refused.because(Refusal.CONFLICT, "childOrgId", FieldProblem.CYCLE,
                                "org " + child + " is an ancestor of org " + parent + "; connecting it would make a cycle");
                    }
                    orgs.moveInTree(registered.connectedTo(parent));
                    return new RegistrationOutcome.Saved(true);
                }))));
    }

    @Override
    public RegistrationOutcome disconnect(OrgId parent, OrgId child) {
        var target = "org " + child + " from parent org " + parent;
        return Registrations.guarded(() -> audited(Optional.of(child), AuditAction.ORG_DISCONNECTED, target,
                tree.inOrgTree(orgs -> registered(orgs, parent, child).<RegistrationOutcome>fold(
                refused -> refused, registered -> {
                    if (!registered.parent().equals(Optional.of(parent))) {
                        return Refused.because(Refusal.CONFLICT, "childOrgId", FieldProblem.NOT_CONNECTED,
                                "org " + child + " is not a child of org " + parent);
                    }
                    orgs.moveInTree(registered.disconnected());
                    return new RegistrationOutcome.Saved(false);
                }))));
    }

    /** The operator's change, recorded in the audit log under {@code action} whether it was made or refused. */
    private RegistrationOutcome audited(Optional<OrgId> org, AuditAction action, String target, RegistrationOutcome outcome) {
        return audit.recorded(outcome, AuditActor.operator(), org, action, action, target);
    }

    @Override
    public List<Org> list() {
        return tree.inOrgTree(OrgTreeRepository::all);
    }

    @Override
    public Optional<Org> find(OrgId id) {
        return tree.inOrgTree(orgs -> orgs.find(id));
    }

    /** The registered {@code child}, once {@code parent} is found registered too; else the refusal naming which is not. */
    private static Either<Refused, Org> registered(OrgTreeRepository orgs, OrgId parent, OrgId child) {
        if (orgs.find(parent).isEmpty()) {
            return Either.left(Refused.because(Refusal.NOT_FOUND, "orgId", FieldProblem.NOT_FOUND, Registrations.notRegistered(parent)));
        }
        return Option.ofOptional(orgs.find(child)).toEither(() -> Refused.because(Refusal.NOT_FOUND, "childOrgId",
                FieldProblem.NOT_FOUND, Registrations.notRegistered(child)));
    }
}

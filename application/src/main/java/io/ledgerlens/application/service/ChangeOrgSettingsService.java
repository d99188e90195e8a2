package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.registration.ChangeOrgSettingsUseCase;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** An org admin's own org settings; the org tree is the operator's (ManageOrgTreeUseCase). */
public final class ChangeOrgSettingsService implements ChangeOrgSettingsUseCase {

    static final String TREE_IS_THE_OPERATORS = "orgs are created, connected and disconnected by the operator"
            + " (ledgerlens orgs create|connect|disconnect), not over the API";

    private final RegistrationPort registration;
    private final AuditTrail audit;

    /**
     * A service that changes settings through {@code registration}.
     *
     * @param registration runs each change as one registration in the admin's org
     * @param audit        where every change and refused attempt is recorded
     * @param clock        what the audit log's times are read from
     */
    public ChangeOrgSettingsService(RegistrationPort registration, AuditLogPort audit, Clock clock) {
        this.registration = Objects.requireNonNull(registration, "registration");
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public RegistrationOutcome change(Caller admin, Org org) {
        var caller = admin.org();
        var target = "org " + org.id();
        if (!org.id().equals(caller)) {
            return audited(admin, target, Refused.because(Refusal.FORBIDDEN, "orgId", FieldProblem.OTHER_ORG,
                    "org " + org.id() + " is not org " + caller + ": an org admin changes its own org only; " + TREE_IS_THE_OPERATORS));
        }
        return Registrations.guarded(() -> audited(admin, target, registration.inOrg(caller, registry -> {
            var existing = registry.orgs().find(caller);
            if (existing.isEmpty()) {
                return Refused.because(Refusal.FORBIDDEN, "orgId", FieldProblem.NOT_ALLOWED,
                        Registrations.notRegistered(caller) + "; " + TREE_IS_THE_OPERATORS);
            }
            var parent = existing.get().parent();
            if (!org.parent().equals(parent)) {
                return Refused.because(Refusal.FORBIDDEN, "parentOrgId", FieldProblem.NOT_ALLOWED,
                        parent.map(p -> "org " + caller + " is a child of org " + p + ": parentOrgId must be " + p)
                                .orElse("org " + caller + " has no parent: parentOrgId must be left out")
                                + "; " + TREE_IS_THE_OPERATORS);
            }
            registry.orgs().changeSettings(org);
            return new RegistrationOutcome.Saved(false);
        })));
    }

    @Override
    public RegistrationOutcome changeTree(Caller admin, OrgId parent, OrgId child, boolean connecting) {
        return audited(admin, (connecting ? "connect org " : "disconnect org ") + child + (connecting ? " to " : " from ")
                + "org " + parent, Refused.because(Refusal.FORBIDDEN, "childOrgId", FieldProblem.NOT_ALLOWED,
                "orgs are connected and disconnected by the operator (ledgerlens orgs connect|disconnect), not over the API"));
    }

    private RegistrationOutcome audited(Caller admin, String target, RegistrationOutcome outcome) {
        return audit.recorded(outcome, AuditActor.of(admin), Optional.of(admin.org()), AuditAction.ORG_SETTINGS_CHANGED,
                AuditAction.ORG_TREE_CHANGE_REFUSED, target);
    }
}

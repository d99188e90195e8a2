package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RegisterOrgUseCase;
import io.ledgerlens.application.port.in.RegistrationOutcome;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.out.OrgRepository;
import io.ledgerlens.application.port.out.RegistrationPort;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;
import java.util.Optional;

/** Registers the caller's org and its children, one org write at a time across the ledger. */
public final class RegisterOrgService implements RegisterOrgUseCase {

    private final RegistrationPort registration;

    public RegisterOrgService(RegistrationPort registration) {
        this.registration = Objects.requireNonNull(registration, "registration");
    }

    @Override
    public RegistrationOutcome register(OrgId caller, Org org) {
        return Registrations.guarded(() -> registration.inOrgTree(registry -> {
            var orgs = registry.orgs();
            var existing = orgs.find(org.id());
            var refusal = org.id().equals(caller) ? ownOrgRefusal(org, existing) : childRefusal(caller, org, existing, orgs);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            orgs.save(org);
            return new RegistrationOutcome.Saved(existing.isEmpty());
        }));
    }

    /** The caller renames or re-zones its own org, but its parent is the parent's choice (see ConnectOrgUseCase). */
    private static Optional<Refused> ownOrgRefusal(Org org, Optional<Org> existing) {
        var parent = existing.flatMap(Org::parent);
        if (org.parent().equals(parent)) {
            return Optional.empty();
        }
        return Optional.of(Refused.because(Refusal.FORBIDDEN, "parentOrgId", FieldProblem.NOT_ALLOWED,
                parent.map(p -> "org " + org.id() + " is a child of org " + p + "; only a parent connects its children")
                        .orElse("org " + org.id() + " has no parent; only a parent connects its children")));
    }

    private static Optional<Refused> childRefusal(OrgId caller, Org org, Optional<Org> existing, OrgRepository orgs) {
        if (existing.isPresent() && !existing.get().parent().equals(Optional.of(caller))) {
            return Optional.of(Refused.because(Refusal.FORBIDDEN, "orgId", FieldProblem.OTHER_ORG,
                    "org " + org.id() + " is neither org " + caller + " nor one of its children"));
        }
        if (org.parent().isEmpty()) {
            return Optional.of(Refused.because(Refusal.INVALID, "parentOrgId", FieldProblem.REQUIRED,
                    "an org other than " + caller + " is registered as its child: parentOrgId must be " + caller));
        }
        if (!org.parent().get().equals(caller)) {
            return Optional.of(Refused.because(Refusal.FORBIDDEN, "parentOrgId", FieldProblem.NOT_ALLOWED,
                    "org " + caller + " registers its own children only: parentOrgId must be " + caller));
        }
        if (orgs.find(caller).isEmpty()) {
            return Optional.of(Refused.because(Refusal.NOT_FOUND, "parentOrgId", FieldProblem.NOT_FOUND,
                    Registrations.notRegistered(caller)));
        }
        return Optional.empty();
    }
}

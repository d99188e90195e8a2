package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.ConnectOrgUseCase;
import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RegistrationOutcome;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.out.RegistrationPort;
import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;
import java.util.Optional;

/** Connects a parentless org under the caller's org; the org tree stays a tree. */
public final class ConnectOrgService implements ConnectOrgUseCase {

    private final RegistrationPort registration;

    public ConnectOrgService(RegistrationPort registration) {
        this.registration = Objects.requireNonNull(registration, "registration");
    }

    @Override
    public RegistrationOutcome connect(OrgId caller, OrgId parent, OrgId child) {
        if (!parent.equals(caller)) {
            return Refused.because(Refusal.FORBIDDEN, "orgId", FieldProblem.NOT_ALLOWED,
                    "org " + caller + " connects children to itself only");
        }
        if (child.equals(parent)) {
            return Refused.because(Refusal.INVALID, "childOrgId", FieldProblem.INVALID, "an org cannot be its own child");
        }
        return Registrations.guarded(() -> registration.inOrgTree(registry -> {
            var orgs = registry.orgs();
            if (orgs.find(parent).isEmpty()) {
                return Refused.because(Refusal.NOT_FOUND, "orgId", FieldProblem.NOT_FOUND, Registrations.notRegistered(parent));
            }
            var found = orgs.find(child);
            if (found.isEmpty()) {
                return Refused.because(Refusal.NOT_FOUND, "childOrgId", FieldProblem.NOT_FOUND, Registrations.notRegistered(child));
            }
            var current = found.get().parent();
            if (current.equals(Optional.of(parent))) {
                return new RegistrationOutcome.Saved(false);
            }
            if (current.isPresent()) {
                return Refused.because(Refusal.CONFLICT, "childOrgId", FieldProblem.ALREADY_CONNECTED,
                        "org " + child + " is connected to org " + current.get() + " already");
            }
            if (orgs.ancestorsOf(parent).contains(child)) {
                return Refused.because(Refusal.CONFLICT, "childOrgId", FieldProblem.CYCLE,
                        "org " + child + " is an ancestor of org " + parent + "; connecting it would make a cycle");
            }
            orgs.save(found.get().connectedTo(parent));
            return new RegistrationOutcome.Saved(true);
        }));
    }
}

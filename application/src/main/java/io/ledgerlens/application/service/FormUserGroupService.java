package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.FormUserGroupUseCase;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Forms user groups of the caller's org from its customers, one registration of the org at a time. */
public final class FormUserGroupService implements FormUserGroupUseCase {

    private final RegistrationPort registration;

    public FormUserGroupService(RegistrationPort registration) {
        this.registration = Objects.requireNonNull(registration, "registration");
    }

    @Override
    public RegistrationOutcome form(OrgId caller, UserGroup group) {
        return formAll(caller, List.of(group)).get(0);
    }

    /** One transaction for the batch: each group sees the ones before it, as if formed one after the other. */
    @Override
    public List<RegistrationOutcome> formAll(OrgId caller, List<UserGroup> groups) {
        return Registrations.inCallersOrg(registration, caller, groups, UserGroup::orgId,
                Refused.because(Refusal.FORBIDDEN, "orgId", FieldProblem.NOT_ALLOWED, "user groups are formed in the caller's org " + caller),
                (registry, ours) -> ours.stream().map(group -> form(registry, caller, group)).toList());
    }

    private static RegistrationOutcome form(Registry registry, OrgId caller, UserGroup group) {
        var groups = registry.userGroups();
        var holder = groups.orgOf(group.id());
        if (holder.isPresent() && !holder.get().equals(caller)) {
            return otherOrgs(group);
        }
        var customers = registry.customers().customersOf(caller, group.members());
        var strangers = new ArrayList<FieldProblem>();
        for (int i = 0; i < group.members().size(); i++) {
            var member = group.members().get(i);
            if (!customers.contains(member)) {
                strangers.add(new FieldProblem("members[" + i + "].customerId", FieldProblem.NOT_FOUND,
                        "customer " + member + " is not a customer of org " + caller));
            }
        }
        if (!strangers.isEmpty()) {
            return new Refused(Refusal.INVALID, strangers);
        }
        var namesake = groups.withExternalId(caller, group.externalId()).filter(other -> !other.equals(group.id()));
        if (namesake.isPresent()) {
            return Refused.because(Refusal.CONFLICT, "externalId", FieldProblem.TAKEN,
                    "user group " + namesake.get() + " has external id " + group.externalId() + " already");
        }
        // false only when another org formed a group of this id since orgOf() above: it is theirs now
        return groups.save(group) ? new RegistrationOutcome.Saved(holder.isEmpty()) : otherOrgs(group);
    }

    private static Refused otherOrgs(UserGroup group) {
        return Refused.because(Refusal.FORBIDDEN, "userGroupId", FieldProblem.OTHER_ORG,
                "user group " + group.id() + " belongs to another org");
    }
}

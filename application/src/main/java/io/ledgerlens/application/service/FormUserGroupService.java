package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.FormUserGroupUseCase;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.application.port.out.registration.UserGroupRepository;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Forms user groups of the caller's org from its customers, one registration of the org at a time. */
public final class FormUserGroupService implements FormUserGroupUseCase {

    private final RegistrationPort registration;

    /**
     * A service that forms groups through {@code registration}.
     *
     * @param registration runs each forming, or each batch, as one registration in the caller's org
     */
    public FormUserGroupService(RegistrationPort registration) {
        this.registration = Objects.requireNonNull(registration, "registration");
    }

    @Override
    public RegistrationOutcome form(OrgId caller, UserGroup group) {
        return formAll(caller, List.of(group)).get(0);
    }

    /**
     * One transaction for the batch, and a few statements whatever its size: the ids' orgs, the members and the
     * external ids are read at once, then each group is checked as if the ones before it were formed already.
     */
    @Override
    public List<RegistrationOutcome> formAll(OrgId caller, List<UserGroup> groups) {
        return Registrations.inCallersOrg(registration, caller, groups, UserGroup::orgId,
                Refused.because(Refusal.FORBIDDEN, "orgId", FieldProblem.NOT_ALLOWED, "user groups are formed in the caller's org " + caller),
                (registry, ours) -> new Batch(registry, caller, ours).form());
    }

    /** The decisions of one batch, over what the org holds and what the batch formed before each group. */
    private static final class Batch {

        private final UserGroupRepository groups;
        private final OrgId caller;
        private final List<UserGroup> batch;
        private final Map<UserGroupId, OrgId> holders;
        private final Set<CustomerId> customers;
        private final Map<String, UserGroupId> externalIds;
        /** Whether a group takes an external id another group of the batch gave up: then they are saved in order. */
        private boolean handedOver;

        Batch(Registry registry, OrgId caller, List<UserGroup> batch) {
            this.groups = registry.userGroups();
            this.caller = caller;
            this.batch = batch;
            this.holders = new HashMap<>(groups.orgsOfGroups(batch.stream().map(UserGroup::id).distinct().toList()));
            this.customers = registry.customers().customersOf(caller,
                    batch.stream().flatMap(group -> group.members().stream()).distinct().toList());
            this.externalIds = new HashMap<>(groups.withExternalIds(caller,
                    batch.stream().map(UserGroup::externalId).distinct().toList()));
        }

        List<RegistrationOutcome> form() {
            var outcomes = new ArrayList<RegistrationOutcome>(batch.size());
            var saving = new LinkedHashMap<UserGroupId, UserGroup>();
            var givenUp = new HashSet<String>();
            for (var group : batch) {
                var outcome = decide(group);
                outcomes.add(outcome);
                if (outcome instanceof RegistrationOutcome.Saved) {
                    // What the ones after it see: its id is the caller's, its external id its own and no other.
                    holders.put(group.id(), caller);
                    var previous = externalIds.entrySet().stream()
                            .filter(held -> held.getValue().equals(group.id()) && !held.getKey().equals(group.externalId()))
                            .map(Map.Entry::getKey).toList();
                    previous.forEach(externalIds::remove);
                    handedOver |= givenUp.contains(group.externalId());
                    givenUp.addAll(previous);
                    externalIds.put(group.externalId(), group.id());
                    saving.remove(group.id());
                    saving.put(group.id(), group);
                }
            }
            var toSave = List.copyOf(saving.values());
            // Only when another org formed a group of one of these ids since orgsOf() above: it is theirs now.
            var theirs = handedOver ? oneAfterTheOther(toSave) : groups.saveGroups(toSave);
            for (int i = 0; i < batch.size(); i++) {
                if (theirs.contains(batch.get(i).id()) && outcomes.get(i) instanceof RegistrationOutcome.Saved) {
                    outcomes.set(i, otherOrgs(batch.get(i)));
                }
            }
            return outcomes;
        }

        private Set<UserGroupId> oneAfterTheOther(List<UserGroup> toSave) {
            var theirs = new HashSet<UserGroupId>();
            toSave.forEach(group -> {
                if (!groups.save(group)) {
                    theirs.add(group.id());
                }
            });
            return theirs;
        }

        private RegistrationOutcome decide(UserGroup group) {
            var holder = Optional.ofNullable(holders.get(group.id()));
            if (holder.isPresent() && !holder.get().equals(caller)) {
                return otherOrgs(group);
            }
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
            var namesake = Optional.ofNullable(externalIds.get(group.externalId())).filter(other -> !other.equals(group.id()));
            if (namesake.isPresent()) {
                return Refused.because(Refusal.CONFLICT, "externalId", FieldProblem.TAKEN,
                        "user group " + namesake.get() + " has external id " + group.externalId() + " already");
            }
            return new RegistrationOutcome.Saved(holder.isEmpty());
        }
    }

    private static Refused otherOrgs(UserGroup group) {
        return Refused.because(Refusal.FORBIDDEN, "userGroupId", FieldProblem.OTHER_ORG,
                "user group " + group.id() + " belongs to another org");
    }
}

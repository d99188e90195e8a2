package io.ledgerlens.application.port.in.registration;

import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;

/**
 * Forms a user group (a household wallet) of the caller's org, or replaces its
 * external id, name and members. Every member must be a customer of the org;
 * the external id is unique within the org.
 */
public interface FormUserGroupUseCase {

    /**
     * Forms one group.
     *
     * @param caller the org of the caller's credential; the group must be of it
     * @param group  the group with its external id, name and every member
     * @return saved (created or replaced), refused with every reason, or unavailable
     */
    RegistrationOutcome form(OrgId caller, UserGroup group);

    /**
     * Forms {@code groups} in order, each under the same rules as {@link #form}, in one transaction: what each
     * one's forming did, in order. For bulk loads; a value the store refuses refuses the batch.
     *
     * @param caller the org of the caller's credential
     * @param groups the groups to form, each seeing the ones before it
     * @return one outcome per group, in the groups' order
     */
    List<RegistrationOutcome> formAll(OrgId caller, List<UserGroup> groups);
}

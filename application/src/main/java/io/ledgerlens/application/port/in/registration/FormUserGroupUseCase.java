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

    RegistrationOutcome form(OrgId caller, UserGroup group);

    /**
     * Forms {@code groups} in order, each under the same rules as {@link #form}, in one transaction: what each
     * one's forming did, in order. For bulk loads; a value the store refuses refuses the batch.
     */
    List<RegistrationOutcome> formAll(OrgId caller, List<UserGroup> groups);
}

package io.ledgerlens.application.port.out.registration;

import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.Optional;

/** User groups (household wallets) and their members. Used inside a {@link RegistrationPort} transaction. */
public interface UserGroupRepository {

    /** The group of that id, with its members in customer id order, if the registration sees it (its org's only). */
    Optional<UserGroup> find(UserGroupId id);

    /** The org that holds group id {@code id}, whichever it is (see {@link CustomerRepository#orgOf}). */
    Optional<OrgId> orgOf(UserGroupId id);

    /** The group of {@code org} known by {@code externalId}. */
    Optional<UserGroupId> withExternalId(OrgId org, String externalId);

    /**
     * Forms {@code group}, or replaces its external id, name and members. Its members are customers of its org and
     * its external id is no other group's there. Returns {@code false}, having written nothing, when the id is
     * another org's group.
     */
    boolean save(UserGroup group);
}

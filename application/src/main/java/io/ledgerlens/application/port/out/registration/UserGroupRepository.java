package io.ledgerlens.application.port.out.registration;

import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** User groups (household wallets) and their members. Used inside a {@link RegistrationPort} transaction. */
public interface UserGroupRepository {

    /**
     * The group of that id, with its members in customer id order, if the registration sees it (its org's only).
     *
     * @param id the group's id
     * @return the group with its members; empty when it is not the registration's org's
     */
    Optional<UserGroup> find(UserGroupId id);

    /**
     * The org that holds group id {@code id}, whichever it is (see {@link CustomerRepository#orgOf}).
     *
     * @param id the group id to look up
     * @return the org that holds it; empty when no org does
     */
    Optional<OrgId> orgOf(UserGroupId id);

    /**
     * The group of {@code org} known by {@code externalId}.
     *
     * @param org        the org whose groups are searched, and no other
     * @param externalId the external id, unique within the org
     * @return the group's id; empty when the external id is free in the org
     */
    Optional<UserGroupId> withExternalId(OrgId org, String externalId);

    /**
     * Forms {@code group}, or replaces its external id, name and members. Its members are customers of its org and
     * its external id is no other group's there. Returns {@code false}, having written nothing, when the id is
     * another org's group.
     *
     * @param group the group with its org, external id, name and every member
     * @return {@code true} when it was written
     */
    boolean save(UserGroup group);

    /**
     * {@link #orgOf} for many ids at once: the org holding each of {@code ids} that is held.
     *
     * @param ids the group ids to look up
     * @return the holding org by id; an id no org holds is absent
     */
    default Map<UserGroupId, OrgId> orgsOfGroups(Collection<UserGroupId> ids) {
        var holders = new HashMap<UserGroupId, OrgId>();
        ids.forEach(id -> orgOf(id).ifPresent(org -> holders.put(id, org)));
        return holders;
    }

    /**
     * {@link #withExternalId} for many external ids at once: the group of {@code org} known by each that is taken.
     *
     * @param org         the org whose groups are searched, and no other
     * @param externalIds the external ids to look up
     * @return the group's id by external id; a free external id is absent
     */
    default Map<String, UserGroupId> withExternalIds(OrgId org, Collection<String> externalIds) {
        var holders = new HashMap<String, UserGroupId>();
        externalIds.forEach(externalId -> withExternalId(org, externalId).ifPresent(id -> holders.put(externalId, id)));
        return holders;
    }

    /**
     * {@link #save} for many groups (of distinct ids) at once, for bulk registrations: returns the ids of those not
     * written because they are another org's groups. No group may take an external id another of them gives up.
     *
     * @param groups the groups to write, in order
     * @return the ids not written; empty when every one was
     */
    default Set<UserGroupId> saveGroups(List<UserGroup> groups) {
        var theirs = new HashSet<UserGroupId>();
        groups.forEach(group -> {
            if (!save(group)) {
                theirs.add(group.id());
            }
        });
        return theirs;
    }
}

package io.ledgerlens.domain.group;

import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.org.OrgId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A household wallet: customers of one org who earn into a shared ledger.
 * Exactly one member is primary; with {@code isPrimaryUser} a caller reads the
 * primary member's own ledger instead of the group's.
 */
@AggregateRoot
public final class UserGroup {

    @Identity
    private final UserGroupId id;
    private final OrgId orgId;
    private final String externalId;
    private final String name;
    private final CustomerId primaryMember;
    private final List<CustomerId> members;

    private UserGroup(UserGroupId id, OrgId orgId, String externalId, String name,
                      CustomerId primaryMember, List<CustomerId> members) {
        this.id = Objects.requireNonNull(id, "id");
        this.orgId = Objects.requireNonNull(orgId, "orgId");
        this.externalId = Objects.requireNonNull(externalId, "externalId");
        this.name = Objects.requireNonNullElse(name, "");
        this.primaryMember = Objects.requireNonNull(primaryMember, "primaryMember");
        this.members = List.copyOf(members);
        if (!this.members.contains(primaryMember)) {
            throw new IllegalArgumentException("the primary member must be a member of the group");
        }
        if (new HashSet<>(this.members).size() != this.members.size()) {
            throw new IllegalArgumentException("a customer is a member of a group once");
        }
    }

    /** Forms a group; {@code members} must include the primary member. */
    public static UserGroup form(UserGroupId id, OrgId orgId, String externalId, String name,
                                 CustomerId primaryMember, List<CustomerId> members) {
        return new UserGroup(id, orgId, externalId, name, primaryMember, members);
    }

    public UserGroupId id() {
        return id;
    }

    public OrgId orgId() {
        return orgId;
    }

    public String externalId() {
        return externalId;
    }

    public String name() {
        return name;
    }

    public CustomerId primaryMember() {
        return primaryMember;
    }

    public List<CustomerId> members() {
        return members;
    }
}

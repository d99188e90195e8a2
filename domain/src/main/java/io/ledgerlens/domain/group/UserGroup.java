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

    /**
     * Forms a group; {@code members} must include the primary member.
     *
     * @param id the group's id
     * @param orgId the org the group and all its members belong to
     * @param externalId the org's own id for the group, by which callers may name it
     * @param name the group's display name; null is kept as empty
     * @param primaryMember the member whose own ledger {@code isPrimaryUser} reads
     * @param members every member, the primary one included, each once
     * @return the group
     */
    public static UserGroup form(UserGroupId id, OrgId orgId, String externalId, String name,
                                 CustomerId primaryMember, List<CustomerId> members) {
        return new UserGroup(id, orgId, externalId, name, primaryMember, members);
    }

    /** {@return the group's id, what {@code identifierName=id} names with {@code USERGROUP2}} */
    public UserGroupId id() {
        return id;
    }

    /** {@return the org the group and its members belong to} */
    public OrgId orgId() {
        return orgId;
    }

    /** {@return the org's own id for the group} */
    public String externalId() {
        return externalId;
    }

    /** {@return the group's display name; empty when it has none} */
    public String name() {
        return name;
    }

    /** {@return the member whose own ledger a caller reads with {@code isPrimaryUser}} */
    public CustomerId primaryMember() {
        return primaryMember;
    }

    /** {@return every member, the primary one included, each once} */
    public List<CustomerId> members() {
        return members;
    }
}

package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;

/** Finds whose ledger a request names, in each of the target orgs. */
public interface ResolveSubjectPort {

    /**
     * The customers of {@code orgs} known by {@code identifier}: by id, or by
     * a registered identifier on the identifier's source ({@code ALL}: any
     * source) and account (none given: any account). At most one per org.
     *
     * @param orgs       the orgs the request may read; no customer of another org is found
     * @param identifier how the request names the customer
     * @return the customers found, in the order of {@code orgs}; empty when the identifier is nobody's there
     */
    List<LedgerOwner> findCustomers(List<OrgId> orgs, SubjectIdentifier identifier);

    /**
     * The user groups of {@code orgs} known by {@code identifier}: by group id,
     * by external id, by the primary member's id ({@code primaryUserId}), or by
     * a mobile or email registered to the primary member.
     *
     * @param orgs       the orgs the request may read; no group of another org is found
     * @param identifier how the request names the group
     * @return the groups found with their members; empty when the identifier is no group's there
     */
    List<UserGroup> findUserGroups(List<OrgId> orgs, SubjectIdentifier identifier);
}

package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.OrgId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Finds whose ledger a request names, in each of the target orgs. */
public interface ResolveSubjectPort {

    /**
     * The customers of {@code orgs} known by {@code identifier}: by id, or by
     * a registered identifier on the identifier's source ({@code ALL}: any
     * source) and account (none given: any account). At most one per org.
     */
    List<LedgerOwner> findCustomers(List<OrgId> orgs, SubjectIdentifier identifier);

    /**
     * The user groups of {@code orgs} known by {@code identifier}: by group id,
     * by external id, by the primary member's id ({@code primaryUserId}), or by
     * a mobile or email registered to the primary member.
     */
    List<UserGroup> findUserGroups(List<OrgId> orgs, SubjectIdentifier identifier);

    /** Those of {@code subjects} that are customers or user groups of {@code org}, in one look. */
    Set<EventSubject> knownSubjects(OrgId org,
                                                                         Collection<EventSubject> subjects);
}

package io.ledgerlens.application.port.out.registration;

import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.Optional;

/**
 * Orgs as one registration in an org sees them (see {@link RegistrationPort#inOrg}): the org itself and whether
 * an org is its child. Its settings may change here; where it sits in the org tree may not — that is the
 * operator's, through {@link OrgTreePort}.
 */
public interface OrgRepository {

    /**
     * The registered org {@code id}, with its settings and parent: what tells whether it is the registration's own
     * org, or one of that org's children.
     *
     * @param id the org's id
     * @return the org; empty when it is not registered
     */
    Optional<Org> find(OrgId id);

    /**
     * Replaces the name, time zone and source-value capturing of the registered org {@code org.id()}; never its parent.
     *
     * @param org the org with its new settings; its parent is ignored
     */
    void changeSettings(Org org);
}

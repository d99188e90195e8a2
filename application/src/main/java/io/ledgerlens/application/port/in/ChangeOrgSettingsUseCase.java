package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;

/**
 * An org admin changes its own org's name, time zone and source-value
 * capturing, and nothing else: not another org, not an org that is not
 * registered, not its place in the org tree (see {@link ManageOrgTreeUseCase}).
 * {@code org.parent()} must be the registered parent (empty for a root):
 * the org as stored is what the admin sent.
 */
public interface ChangeOrgSettingsUseCase {

    RegistrationOutcome change(OrgId caller, Org org);
}

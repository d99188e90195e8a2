package io.ledgerlens.application.port.in.registration;

import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;

/**
 * An org admin changes its own org's name, time zone and source-value
 * capturing, and nothing else: not another org, not an org that is not
 * registered, not its place in the org tree (see {@link ManageOrgTreeUseCase}).
 * {@code org.parent()} must be the registered parent (empty for a root):
 * the org as stored is what the admin sent. Every change and every refused
 * attempt is written to the audit log.
 */
public interface ChangeOrgSettingsUseCase {

    /**
     * Replaces the admin's org's settings with those of {@code org}.
     *
     * @param admin the org admin asking; it changes its own org only
     * @param org   the org as it should be stored, its id and parent as registered
     * @return saved, refused (another org, not registered, another parent) with the reason, or unavailable
     */
    RegistrationOutcome change(Caller admin, Org org);

    /**
     * An org admin asking to connect {@code child} to {@code parent} (or, {@code connecting} false, to disconnect
     * it): never theirs to do, so always refused — and recorded, since it is how an annexation is attempted.
     *
     * @param admin      the org admin asking
     * @param parent     the org to connect to or disconnect from
     * @param child      the org to move
     * @param connecting {@code true} to connect, {@code false} to disconnect
     * @return always {@link RegistrationOutcome.Refused}, as {@link RegistrationOutcome.Refusal#FORBIDDEN}
     */
    RegistrationOutcome changeTree(Caller admin, OrgId parent, OrgId child, boolean connecting);
}

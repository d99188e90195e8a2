package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;

/**
 * Registers an org or replaces its name, time zone and source-value capturing.
 * The caller writes its own org (whose parent it cannot change: a parent
 * connects its children) and its children; a new org other than the caller's
 * is registered as a child of the caller's.
 */
public interface RegisterOrgUseCase {

    RegistrationOutcome register(OrgId caller, Org org);
}

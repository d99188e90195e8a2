package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.org.OrgId;

/**
 * Connects a registered org without a parent to {@code parent} as its child,
 * after which the two read each other's ledger on v2.1. Only the caller's
 * org connects children to itself; an org that has a parent, the org itself
 * and its ancestors (a cycle) are refused. Connecting again is harmless.
 */
public interface ConnectOrgUseCase {

    RegistrationOutcome connect(OrgId caller, OrgId parent, OrgId child);
}

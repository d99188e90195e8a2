package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.OrgRepositoryContract;
import io.ledgerlens.application.contract.RegistryPorts;

/** The in-memory fake is held to the same contract as the jOOQ adapter. */
class InMemoryOrgRepositoryTest extends OrgRepositoryContract {

    @Override
    protected RegistryPorts freshRegistry() {
        return RegistryPorts.of(new InMemoryLedger());
    }
}

package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.CustomerRepositoryContract;
import io.ledgerlens.application.contract.RegistryPorts;

/** The in-memory fake is held to the same contract as the jOOQ adapter. */
class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected RegistryPorts freshRegistry() {
        return RegistryPorts.of(new InMemoryLedger());
    }
}

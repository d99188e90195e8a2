package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.RegistrationPortContract;
import io.ledgerlens.application.contract.RegistryPorts;

/** The in-memory fake is held to the same contract as the jOOQ adapter. */
class InMemoryRegistrationPortTest extends RegistrationPortContract {

    @Override
    protected RegistryPorts freshRegistry() {
        return RegistryPorts.of(new InMemoryLedger());
    }
}

package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.application.contract.RegistrationPortContract;
import io.ledgerlens.application.contract.RegistryPorts;

/** The jOOQ registration adapter on a real PostgreSQL, held to the same contract as the in-memory fake. */
class JooqRegistrationPortTest extends RegistrationPortContract {

    @Override
    protected RegistryPorts freshRegistry() {
        return JooqRegistry.onFreshDatabase();
    }
}

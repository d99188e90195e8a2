package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.application.contract.CustomerRepositoryContract;
import io.ledgerlens.application.contract.RegistryPorts;

/** The jOOQ registration adapter on a real PostgreSQL, held to the same contract as the in-memory fake. */
class JooqCustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected RegistryPorts freshRegistry() {
        return JooqRegistry.onFreshDatabase();
    }
}

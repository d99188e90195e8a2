package io.ledgerlens.adapter.persistence.contract;

import io.ledgerlens.application.contract.UserGroupRepositoryContract;
import io.ledgerlens.application.contract.RegistryPorts;

/** The jOOQ registration adapter on a real PostgreSQL, held to the same contract as the in-memory fake. */
class JooqUserGroupRepositoryTest extends UserGroupRepositoryContract {

    @Override
    protected RegistryPorts freshRegistry() {
        return JooqRegistry.onFreshDatabase();
    }
}

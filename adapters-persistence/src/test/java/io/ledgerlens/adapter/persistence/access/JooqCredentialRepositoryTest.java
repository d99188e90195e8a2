package io.ledgerlens.adapter.persistence.access;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.CredentialRepositoryContract;
import io.ledgerlens.application.port.out.access.CredentialRepository;

/** The jOOQ credentials on PostgreSQL, held to the same contract as the in-memory fake. */
class JooqCredentialRepositoryTest extends CredentialRepositoryContract {

    @Override
    protected CredentialRepository freshRepository() {
        return new JooqCredentialRepository(PostgresDatabase.storeOn(PostgresDatabase.freshDatabase()));
    }
}

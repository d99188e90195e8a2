package io.ledgerlens.application.fake;

import io.ledgerlens.application.contract.CredentialRepositoryContract;
import io.ledgerlens.application.port.out.access.CredentialRepository;

/** The in-memory fake is held to the same contract as the jOOQ adapter. */
class InMemoryCredentialsTest extends CredentialRepositoryContract {

    @Override
    protected CredentialRepository freshRepository() {
        return new InMemoryCredentials();
    }
}

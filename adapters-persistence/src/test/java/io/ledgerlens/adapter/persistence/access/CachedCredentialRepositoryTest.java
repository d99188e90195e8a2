package io.ledgerlens.adapter.persistence.access;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.CredentialRepositoryContract;
import io.ledgerlens.application.port.out.access.CredentialRepository;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The remembering credentials, listening to a real PostgreSQL, held to the same contract as every repository. */
class CachedCredentialRepositoryTest extends CredentialRepositoryContract {

    private final List<ChangeNotices> listening = new ArrayList<>();

    @Override
    protected CredentialRepository freshRepository() {
        var ledger = PostgresDatabase.freshLedger();
        var notices = ChangeNotices.listeningOn(ledger.owner());
        listening.add(notices);
        return new CachedCredentialRepository(new JooqCredentialRepository(PostgresDatabase.storeOn(ledger.service())), notices);
    }

    @AfterEach
    void stopListening() {
        listening.forEach(ChangeNotices::close);
    }
}

package io.ledgerlens.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.LedgerSchema;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.org.OrgPersistenceAdapter;
import io.ledgerlens.adapter.persistence.registration.OrgTreePersistenceAdapter;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedLedgerPostgresTest {

    @Test
    void the_ledger_survives_a_restart_of_the_embedded_database(@TempDir Path dataDir) {
        var org = OrgId.of(777);
        try (var first = EmbeddedLedgerPostgres.start(dataDir, 2)) {
            assertThat(LedgerSchema.migrate(first.ownerDataSource())).isPositive();
            OrgTrees.register(OrgTreePersistenceAdapter.onOwner(first.ownerDataSource()),
                    Org.root(org, "Survivor", ZoneId.of("UTC"), false));
        }
        try (var second = EmbeddedLedgerPostgres.start(dataDir, 2)) {
            assertThat(LedgerSchema.migrate(second.ownerDataSource())).isZero();
            assertThat(new OrgPersistenceAdapter(LedgerStore.on(second.dataSource())).settingsOf(List.of(org))).hasSize(1);
            assertThat(second.description()).contains(dataDir.toString());
        }
    }
}

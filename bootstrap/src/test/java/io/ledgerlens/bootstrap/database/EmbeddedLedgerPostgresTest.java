package io.ledgerlens.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.LedgerSchema;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.explode.JooqLoadOrg;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.web.access.TokenKey;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
            OrgTrees.register(JooqOrgTree.onOwner(first.ownerDataSource()),
                    Org.root(org, "Survivor", ZoneId.of("UTC"), false));
        }
        try (var second = EmbeddedLedgerPostgres.start(dataDir, 2)) {
            assertThat(LedgerSchema.migrate(second.ownerDataSource())).isZero();
            assertThat(new JooqLoadOrg(LedgerStore.on(second.dataSource())).settingsOf(List.of(org))).hasSize(1);
            assertThat(second.description()).contains(dataDir.toString());
        }
    }

    @Test
    void the_embedded_default_makes_its_key_encryption_key_readable_by_its_owner_only_and_reuses_it_after_a_restart(
            @TempDir Path parent) throws IOException {
        var dataDir = parent.resolve("data");
        var keyFile = EmbeddedLedgerPostgres.keyFileIn(dataDir);
        String firstKeyId;
        String fingerprint;
        try (var first = LedgerLensService.on(EmbeddedLedgerPostgres.start(dataDir, 2))) {
            assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            fingerprint = first.database().keyEncryptionKeys().sealing().fingerprint();
            firstKeyId = first.signingKeys().newestFirst().get(0).keyId();
        }
        var written = Files.readString(keyFile);
        try (var second = LedgerLensService.on(EmbeddedLedgerPostgres.start(dataDir, 2))) {
            assertThat(Files.readString(keyFile)).isEqualTo(written);
            assertThat(second.database().keyEncryptionKeys().sealing().fingerprint()).isEqualTo(fingerprint);
            // A new key-encryption key would not open the signing key the first start sealed.
            assertThat(second.signingKeys().newestFirst()).extracting(TokenKey::keyId).containsExactly(firstKeyId);
        }
    }
}

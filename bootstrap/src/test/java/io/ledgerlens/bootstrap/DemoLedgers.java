package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKeys;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.web.access.AccessLimits;
import io.ledgerlens.adapter.web.access.ClientAddresses;
import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.bootstrap.database.LedgerDatabase;
import io.ledgerlens.bootstrap.demo.DemoCredentials;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import java.time.Duration;

/** The whole service over a fresh PostgreSQL database holding the demo, for end-to-end tests. */
public final class DemoLedgers {

    /** The demo retailer's till user (every right) as it signs in: Basic with the hex MD5 of its password. */
    public static final String RETAILER_TILL = "Basic " + java.util.Base64.getEncoder().encodeToString(
            (DemoCredentials.RETAILER_TILL_USER + ":" + DemoCredentials.retailerTillPasswordMd5())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    /** No throttling: for tests whose subject is not the limits. */
    public static final ServiceSettings UNTHROTTLED = new ServiceSettings(unthrottled(), WebLimits.DEFAULT, java.time.ZoneOffset.UTC);

    private DemoLedgers() {
    }

    /** A test database as the service sees it, with a key-encryption key of its own, made for it like the database. */
    public static LedgerDatabase over(PostgresDatabase.Ledger ledger) {
        return over(ledger, KeyEncryptionKeys.of(KeyEncryptionKey.generate()));
    }

    /** A test database as the service sees it, sealing its signing keys under {@code keys}. */
    public static LedgerDatabase over(PostgresDatabase.Ledger ledger, KeyEncryptionKeys keys) {
        return LedgerDatabase.over(ledger.service(), ledger.owner(), keys, "test database", PostgresDatabase.kind());
    }

    /** Limits no test reaches, for tests whose subject is not the limits. */
    public static AccessLimits unthrottled() {
        var unreachable = new RateLimits(1_000_000, Duration.ofSeconds(1));
        return new AccessLimits(unreachable, unreachable, unreachable, ClientAddresses.direct());
    }

    /** Wired and migrated, the demo and its credentials loaded; not listening until started. */
    public static LedgerLensService fresh() {
        return fresh(ServiceSettings.defaults());
    }

    /** As {@link #fresh()}, with {@code settings} (a test that sends hundreds of requests lifts the rate limit). */
    public static LedgerLensService fresh(ServiceSettings settings) {
        var service = LedgerLensService.on(over(PostgresDatabase.freshLedger()), settings);
        DemoDataset.load(service.orgTree(), service.registration(), service.recorder());
        DemoCredentials.issue(service.credentials(), service.secrets());
        return service;
    }
}

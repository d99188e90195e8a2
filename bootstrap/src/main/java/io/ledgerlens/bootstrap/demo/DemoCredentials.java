package io.ledgerlens.bootstrap.demo;

import io.ledgerlens.application.port.out.access.CredentialRepository;
import io.ledgerlens.application.port.out.access.SecretHashingPort;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.access.SecretHash;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.Set;

/**
 * The demo's credentials, with secrets printed in the README and in the
 * demo's curl commands: the retailer's till user signs in with Basic, the
 * outlet's API client exchanges its key and secret for a token. Demo secrets
 * are public by design; a real org's come from {@code ledgerlens credentials create}.
 */
public final class DemoCredentials {

    /** The retailer's till user: the username of its Basic header. */
    public static final String RETAILER_TILL_USER = "demo.till";
    /** The till user's password; Basic carries its hex MD5 ({@link #retailerTillPasswordMd5()}), not the password. */
    public static final String RETAILER_TILL_PASSWORD = "ledgerlens-demo";
    /** The outlet's API client: the key it sends to {@code /v3/oauth/token/generate}. */
    public static final String OUTLET_CLIENT_KEY = "demo-outlet-client";
    /** The secret the outlet's API client sends with its key for a token. */
    public static final String OUTLET_CLIENT_SECRET = "ledgerlens-demo-secret";

    private DemoCredentials() {
    }

    /**
     * The hex MD5 of the till user's password: what its Basic header carries.
     *
     * @return 32 lower-case hex digits
     */
    public static String retailerTillPasswordMd5() {
        return ManageCredentialsService.md5Hex(RETAILER_TILL_PASSWORD);
    }

    /**
     * Adds the demo credentials unless they are there already. Each may read points, write the ledger and
     * administer its org.
     *
     * @param credentials where the credentials are stored; one already there under the same name is kept as it is
     * @param secrets hashes the two secrets before they are stored
     */
    public static void issue(CredentialRepository credentials, SecretHashingPort secrets) {
        add(credentials, DemoDataset.RETAILER, CredentialKind.TILL_USER, RETAILER_TILL_USER,
                secrets.hash(retailerTillPasswordMd5()));
        add(credentials, DemoDataset.OUTLET, CredentialKind.API_CLIENT, OUTLET_CLIENT_KEY, secrets.hash(OUTLET_CLIENT_SECRET));
    }

    private static void add(CredentialRepository credentials, OrgId org, CredentialKind kind, String name,
                            SecretHash hash) {
        var credentialName = new CredentialName(name);
        if (credentials.named(kind, credentialName).isEmpty()) {
            credentials.add(Credential.issued(credentials.nextId(), org, kind, credentialName, hash,
                    Set.of(AccessRight.POINTS_READ, AccessRight.LEDGER_WRITE, AccessRight.ORG_ADMIN), Instant.now()));
        }
    }
}
